import { events } from '../../contract';
import type { LockReason, Result } from '../../contract';
import type { EventSink, Logger, SaveFilePort } from '../ports';
import type { ChooseFolderPort } from '../admin/ports';
import { createPortLogger } from './log-port';
import { createWorkerSavePort } from './save-port';
import { internalError, toWorkerSchema, workerDataSchema } from './messages';
import type { FromWorker, KdfParams } from './messages';

/** The part of the core the host drives; `createCore` from ../app satisfies it. */
export interface HostedCore {
  dispatch(channel: string, input: unknown): Promise<Result<unknown>>;
  lock(reason: LockReason): Promise<void>;
  close(): Promise<void>;
}

export interface HostedCoreOptions {
  dataDir: string;
  kdf?: KdfParams;
  policyFile?: string;
  onEvent: EventSink;
  logger: Logger;
  /** Asks the main side to save a file; see save-port.ts. */
  saveFile: SaveFilePort;
  chooseFolder: ChooseFolderPort;
}

export type CoreFactory = (options: HostedCoreOptions) => HostedCore;

/** `parentPort` in the worker; a `MessagePort` in tests that run the loop in-process. */
export interface HostPort {
  postMessage(message: FromWorker): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
}

/**
 * Runs the worker side of the host: answers invokes, locks, and on `close` lets the calls already
 * in flight finish, closes the core (which locks it and wipes the keys), then exits. Never answers
 * with the text of a thrown error, which could quote content.
 */
export function serveCore(
  port: HostPort,
  rawWorkerData: unknown,
  createCore: CoreFactory,
  exit: (code: number) => void,
  options: { saveTimeoutMs?: number } = {},
): void {
  const logger = createPortLogger((entry) => port.postMessage({ type: 'log', entry }));
  const data = workerDataSchema.safeParse(rawWorkerData);
  if (!data.success) {
    logger.error('host.bad_worker_data');
    exit(2);
    return;
  }

  const post = (message: FromWorker): void => {
    try {
      port.postMessage(message);
    } catch {
      // A value that cannot be structured-cloned must still answer its caller.
      if (message.type === 'result') {
        logger.error('host.unclonable_result', { id: message.id });
        port.postMessage({ type: 'result', id: message.id, result: internalError('unclonable') });
      } else {
        logger.error('host.unclonable_message', { type: message.type });
      }
    }
  };

  const onEvent: EventSink = (name, payload) => {
    const schema = events[name];
    const parsed = schema?.safeParse(payload);
    if (!parsed?.success) {
      logger.error('host.bad_event', { name: String(name) });
      return;
    }
    post({ type: 'event', name, payload: parsed.data });
  };

  const saves = createWorkerSavePort(
    (message) => port.postMessage(message),
    logger,
    options.saveTimeoutMs,
  );
  // The main process shows the dialog; the core waits here for the path it answers.
  const folderRequests = new Map<number, (path: string | null) => void>();
  let nextFolderRequest = 0;
  const chooseFolder: ChooseFolderPort = (purpose) =>
    new Promise((resolve) => {
      const id = nextFolderRequest++;
      folderRequests.set(id, resolve);
      post({ type: 'chooseFolder', id, purpose });
    });

  let core: HostedCore;
  try {
    core = createCore({
      dataDir: data.data.dataDir,
      kdf: data.data.kdf,
      policyFile: data.data.policyFile,
      onEvent,
      logger,
      saveFile: saves.saveFile,
      chooseFolder,
    });
  } catch {
    logger.error('host.create_failed');
    exit(1);
    return;
  }
  const inFlight = new Set<Promise<void>>();
  let closing = false;

  const track = (work: Promise<void>): void => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  };

  const close = async (): Promise<void> => {
    await Promise.allSettled([...inFlight]);
    try {
      await core.close();
    } catch {
      logger.error('host.close_failed');
      exit(1);
      return;
    }
    exit(0);
  };

  port.on('message', (raw) => {
    const parsed = toWorkerSchema.safeParse(raw);
    if (!parsed.success) {
      logger.error('host.bad_message');
      return;
    }
    const message = parsed.data;
    // Answered even while closing: a release in flight is waiting for it before the core closes.
    if (message.type === 'saveFileChosen') {
      saves.chosen(message.id, message.fileName);
      return;
    }
    if (message.type === 'saveFileResult') {
      saves.settle(message.id, message.result);
      return;
    }
    if (message.type === 'chooseFolderResult') {
      const resolve = folderRequests.get(message.id);
      folderRequests.delete(message.id);
      resolve?.(message.path);
      return;
    }
    if (message.type === 'close') {
      if (closing) return;
      closing = true;
      // A dialog left open must not hold the close: it counts as cancelled.
      for (const resolve of folderRequests.values()) resolve(null);
      folderRequests.clear();
      void close();
      return;
    }
    if (closing) {
      post({ type: 'result', id: message.id, result: internalError('core is closing') });
      return;
    }
    if (message.type === 'invoke') {
      track(
        core.dispatch(message.channel, message.input).then(
          (result) => post({ type: 'result', id: message.id, result }),
          () => {
            logger.error('host.dispatch_threw', { id: message.id });
            post({ type: 'result', id: message.id, result: internalError('dispatch failed') });
          },
        ),
      );
      return;
    }
    track(
      core.lock(message.reason).then(
        () => post({ type: 'result', id: message.id, result: { ok: true, value: {} } }),
        () => {
          // A lock that fails may leave the data key in memory; ending the thread is the one
          // sure way to drop it. The main process then reports the core as stopped.
          logger.error('host.lock_failed', { reason: message.reason });
          post({ type: 'result', id: message.id, result: internalError('lock failed') });
          exit(1);
        },
      ),
    );
  });
}
