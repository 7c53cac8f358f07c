import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { EventName, LockReason, Result } from '../../contract';
import type { SaveFileResult } from '../ports';
import { fromWorkerSchema, internalError, plainFileNameSchema } from './messages';
import type {
  FolderPurpose,
  HostLogEntry,
  HostWorkerData,
  KdfParams,
  SaveDialogRequest,
  ToWorker,
} from './messages';

/**
 * A place the person chose to save to. The main side keeps the folder inside `write`; the core
 * learns the file's name only, and sends the bytes after its last check, or calls it off.
 */
export interface ChosenFile {
  fileName: string;
  /** Writes the whole file or nothing; rejects when it could not. */
  write(bytes: Uint8Array): Promise<void>;
  /** The core called the save off: nothing is written. */
  discard(): void;
}

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
   * Asks where to save a released file (a save dialog in the app); null when the person cancels.
   * The bytes are written later through the answer's `write`, once the core has checked its
   * consent again, or never. Without it every save answers `{ saved: false }`. Whatever it
   * returns, the core learns only the file's name.
   */
  onSaveFile?: (request: SaveDialogRequest) => Promise<ChosenFile | null>;
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
      const { id, suggestedName, kind } = message;
      void choose(id, { suggestedName, kind });
    } else if (message.type === 'saveFileWrite') {
      void write(message.id, message.bytes);
    } else if (message.type === 'saveFileAbort') {
      letGo(chosenFiles.get(message.id));
      chosenFiles.delete(message.id);
    } else if (message.type === 'chooseFolder') {
      void answerChooseFolder(message.id, message.purpose);
    } else {
      log(message.entry);
    }
  });

  /** Places chosen and not yet written or called off, by save id; never sent to the worker. */
  const chosenFiles = new Map<number, ChosenFile>();

  const letGo = (chosen: ChosenFile | undefined): void => {
    try {
      chosen?.discard();
    } catch (error: unknown) {
      saveFailed(error);
    }
  };

  const answer = (message: ToWorker): void => {
    if (stopped !== null) return;
    try {
      worker.postMessage(message);
    } catch {
      log({ level: 'error', message: 'host.save_answer_failed', fields: { type: message.type } });
    }
  };

  const saveFailed = (error: unknown): void => {
    // The error's text could name the folder or the file, so only its kind is logged.
    const name = error instanceof Error ? error.name : typeof error;
    log({ level: 'error', message: 'host.save_failed', fields: { name } });
  };

  const choose = async (id: number, request: SaveDialogRequest): Promise<void> => {
    let fileName: string | null = null;
    try {
      const chosen = (await options.onSaveFile?.(request)) ?? null;
      if (chosen) {
        const named = plainFileNameSchema.safeParse(basename(chosen.fileName));
        if (named.success && stopped === null) {
          fileName = named.data;
          chosenFiles.set(id, {
            fileName,
            write: (bytes) => chosen.write(bytes),
            discard: () => chosen.discard(),
          });
        } else {
          if (!named.success) log({ level: 'error', message: 'host.bad_save_result', fields: {} });
          letGo(chosen);
        }
      }
    } catch (error: unknown) {
      saveFailed(error);
    }
    answer({ type: 'saveFileChosen', id, fileName });
  };

  const write = async (id: number, bytes: Uint8Array): Promise<void> => {
    const chosen = chosenFiles.get(id);
    chosenFiles.delete(id);
    let result: SaveFileResult = { saved: false };
    if (!chosen) {
      log({ level: 'error', message: 'host.save_unknown', fields: { id } });
    } else {
      try {
        await chosen.write(bytes);
        result = { saved: true, fileName: chosen.fileName };
      } catch (error: unknown) {
        saveFailed(error);
      }
    }
    answer({ type: 'saveFileResult', id, result });
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
    // Nobody is left to send the bytes: every place still held is let go.
    for (const chosen of chosenFiles.values()) letGo(chosen);
    chosenFiles.clear();
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
