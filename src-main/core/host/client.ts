import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { EventName, LockReason, Result } from '../../contract';
import type { SaveFileRequest, SaveFileResult } from '../ports';
import { fromWorkerSchema, internalError, saveFileResultSchema } from './messages';
import type { FolderPurpose, HostLogEntry, HostWorkerData, KdfParams, ToWorker } from './messages';

export type CoreEventListener = (name: EventName, payload: unknown) => void;

export interface CoreHostExit {
  code: number;
  /** True when the exit followed `close()`; false for a crash or a failed lock. */
  expected: boolean;
}

interface CoreHostCommon {
  dataDir: string;
  kdf?: KdfParams;
  /** Tests pass `['--require', 'tsx/cjs']` to run the TypeScript entry directly. */
  execArgv?: string[];
  /** How long `close()` waits for a clean exit before terminating the thread. */
  closeTimeoutMs?: number;
  onLog?: (entry: HostLogEntry) => void;
  onExit?: (exit: CoreHostExit) => void;
  /**
   * Asks where to save a released file and writes it (a save dialog in the app). Without it every
   * save answers `{ saved: false }`. Whatever it returns, the core learns only the file's name.
   */
  onSaveFile?: (request: SaveFileRequest) => Promise<SaveFileResult>;
  /** The agency's policy file, read by the core at start and at each unlock. */
  policyFile?: string;
  /**
   * Asks the person for a folder (a dialog in the app); null when they cancel. Without it every
   * backup and restore answers as cancelled.
   */
  onChooseFolder?: (purpose: FolderPurpose) => Promise<string | null>;
}

export type CoreHostOptions = CoreHostCommon & ({ workerPath: string } | { workerUrl: URL });

export interface CoreHost {
  /** Never rejects: every failure, the worker's death included, is an error value. */
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  /** Resolves once the core has locked, or at once when there is no core left to lock. */
  lock(reason: LockReason): Promise<void>;
  on(listener: CoreEventListener): () => void;
  close(): Promise<void>;
}

const DEFAULT_CLOSE_TIMEOUT_MS = 10_000;

/**
 * Starts the core in a worker thread and talks to it by message. If the thread dies, every call
 * from then on answers INTERNAL: restarting silently could hide a write lost with the keys, so the
 * app shows the failure and the person unlocks again after restarting the app.
 */
export function startCoreHost(options: CoreHostOptions): CoreHost {
  const workerData: HostWorkerData = { dataDir: options.dataDir };
  if (options.kdf !== undefined) workerData.kdf = options.kdf;
  if (options.policyFile !== undefined) workerData.policyFile = options.policyFile;
  const worker = new Worker('workerUrl' in options ? options.workerUrl : options.workerPath, {
    workerData,
    execArgv: options.execArgv ?? [],
  });

  const pending = new Map<number, (result: Result<unknown>) => void>();
  const listeners = new Set<CoreEventListener>();
  let nextId = 0;
  let stopped: string | null = null;
  let closing = false;
  let exited!: () => void;
  const exitedPromise = new Promise<void>((resolve) => {
    exited = resolve;
  });
  let closePromise: Promise<void> | null = null;

  const log = (entry: HostLogEntry): void => options.onLog?.(entry);

  const request = (make: (id: number) => ToWorker): Promise<Result<unknown>> => {
    if (stopped !== null) return Promise.resolve(internalError(stopped));
    if (closing) return Promise.resolve(internalError('core host is closing'));
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      try {
        worker.postMessage(make(id));
      } catch {
        // An input that cannot be structured-cloned never reaches the core.
        pending.delete(id);
        resolve({ ok: false, error: { code: 'INVALID_INPUT', message: 'unclonable input' } });
      }
    });
  };

  worker.on('message', (raw: unknown) => {
    const parsed = fromWorkerSchema.safeParse(raw);
    if (!parsed.success) {
      log({ level: 'error', message: 'host.bad_worker_message', fields: {} });
      return;
    }
    const message = parsed.data;
    if (message.type === 'result') {
      const resolve = pending.get(message.id);
      pending.delete(message.id);
      resolve?.(message.result);
    } else if (message.type === 'event') {
      for (const listener of listeners) {
        try {
          listener(message.name, message.payload);
        } catch {
          log({ level: 'error', message: 'host.listener_threw', fields: { name: message.name } });
        }
      }
    } else if (message.type === 'saveFile') {
      const { id, suggestedName, kind, bytes } = message;
      void answerSave({ suggestedName, kind, bytes }).then((result) => {
        if (stopped !== null) return;
        try {
          worker.postMessage({ type: 'saveFileResult', id, result } satisfies ToWorker);
        } catch {
          log({ level: 'error', message: 'host.save_answer_failed', fields: { id } });
        }
      });
    } else if (message.type === 'chooseFolder') {
      void answerChooseFolder(message.id, message.purpose);
    } else {
      log(message.entry);
    }
  });

  const answerSave = async (request: SaveFileRequest): Promise<SaveFileResult> => {
    if (!options.onSaveFile) return { saved: false };
    try {
      const result = await options.onSaveFile(request);
      const named = result.saved ? { saved: true, fileName: basename(result.fileName) } : result;
      const parsed = saveFileResultSchema.safeParse(named);
      if (parsed.success) return parsed.data;
      log({ level: 'error', message: 'host.bad_save_result', fields: {} });
    } catch (error: unknown) {
      const name = error instanceof Error ? error.name : typeof error;
      log({ level: 'error', message: 'host.save_failed', fields: { name } });
    }
    return { saved: false };
  };

  const answerChooseFolder = async (id: number, purpose: FolderPurpose): Promise<void> => {
    let path: string | null = null;
    try {
      path = (await options.onChooseFolder?.(purpose)) ?? null;
    } catch {
      log({ level: 'error', message: 'host.choose_folder_failed', fields: { purpose } });
    }
    if (stopped !== null) return;
    worker.postMessage({ type: 'chooseFolderResult', id, path } satisfies ToWorker);
  };

  // The error's text could quote whatever the core was handling, so only its kind is logged.
  worker.on('error', (error: unknown) => {
    const name = error instanceof Error ? error.name : typeof error;
    log({ level: 'error', message: 'host.worker_error', fields: { name } });
  });

  worker.on('messageerror', () => {
    log({ level: 'error', message: 'host.worker_messageerror', fields: {} });
  });

  worker.on('exit', (code: number) => {
    stopped = closing ? 'core host is closed' : 'core stopped unexpectedly';
    for (const resolve of pending.values()) resolve(internalError(stopped));
    pending.clear();
    if (!closing || code !== 0) {
      log({ level: 'error', message: 'host.worker_exit', fields: { code, expected: closing } });
    }
    options.onExit?.({ code, expected: closing });
    exited();
  });

  return {
    invoke: (channel, input) => request((id) => ({ type: 'invoke', id, channel, input })),

    async lock(reason) {
      await request((id) => ({ type: 'lock', id, reason }));
    },

    on(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },

    close() {
      closePromise ??= (async () => {
        if (stopped !== null) return;
        closing = true;
        worker.postMessage({ type: 'close' } satisfies ToWorker);
        const timeoutMs = options.closeTimeoutMs ?? DEFAULT_CLOSE_TIMEOUT_MS;
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<'timeout'>((resolve) => {
          timer = setTimeout(() => resolve('timeout'), timeoutMs);
        });
        const outcome = await Promise.race([exitedPromise, timedOut]);
        clearTimeout(timer);
        if (outcome === 'timeout') {
          log({ level: 'error', message: 'host.close_timeout', fields: { timeoutMs } });
          await worker.terminate();
          await exitedPromise;
        }
      })();
      return closePromise;
    },
  };
}
