import { AppFailure } from '../failure';
import type { Logger, SaveFilePort, SaveFileResult } from '../ports';
import { plainFileNameSchema } from './messages';
import type { FromWorker } from './messages';

/**
 * Long enough for a person to pick a folder in a save dialog; after it the release counts as
 * not saved, so a main side that never answers cannot leave a release hanging. The write that
 * follows gets as long again.
 */
export const DEFAULT_SAVE_TIMEOUT_MS = 30 * 60_000;

export interface WorkerSavePort {
  /** Handed to the core; only core/sharing/release.ts receives it from there. */
  saveFile: SaveFilePort;
  /** Delivers the main side's first answer: the chosen file name, or null when cancelled. */
  chosen(id: number, fileName: string | null): void;
  /** Delivers the main side's last answer, after the bytes were sent to be written. */
  settle(id: number, result: SaveFileResult): void;
}

type Phase = 'chosen' | 'result';

interface Waiting {
  phase: Phase;
  answer(value: string | null | SaveFileResult): void;
}

/** Neither answered in time nor posted: the save counts as not saved. */
const NO_ANSWER = Symbol('no answer');

/**
 * The worker's half of a save, in two steps. It asks the main side for a save dialog and learns
 * back only the chosen file name; then it runs the core's last check, and only if that passes
 * sends the bytes to be written. Otherwise it tells the main side to forget the place, so a
 * consent withdrawn while the dialog was open never has its file written.
 */
export function createWorkerSavePort(
  post: (message: FromWorker) => void,
  logger: Logger,
  timeoutMs: number = DEFAULT_SAVE_TIMEOUT_MS,
): WorkerSavePort {
  const waiting = new Map<number, Waiting>();
  let nextId = 0;

  /** Posts `message` and waits for the answer of `phase` to save `id`. */
  function ask(
    id: number,
    phase: 'chosen',
    message: FromWorker,
  ): Promise<string | null | typeof NO_ANSWER>;
  function ask(
    id: number,
    phase: 'result',
    message: FromWorker,
  ): Promise<SaveFileResult | typeof NO_ANSWER>;
  function ask(
    id: number,
    phase: Phase,
    message: FromWorker,
  ): Promise<string | null | SaveFileResult | typeof NO_ANSWER> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        logger.error('host.save_timeout', { id, phase });
        finish(NO_ANSWER);
      }, timeoutMs);
      const finish = (value: string | null | SaveFileResult | typeof NO_ANSWER): void => {
        clearTimeout(timer);
        waiting.delete(id);
        resolve(value);
      };
      waiting.set(id, { phase, answer: finish });
      try {
        post(message);
      } catch {
        logger.error('host.save_post_failed', { id, phase });
        finish(NO_ANSWER);
      }
    });
  }

  const abort = (id: number): void => {
    try {
      post({ type: 'saveFileAbort', id });
    } catch {
      logger.error('host.save_post_failed', { id, phase: 'abort' });
    }
  };

  const saveFile: SaveFilePort = async (request, beforeWrite) => {
    if (!plainFileNameSchema.safeParse(request.suggestedName).success) {
      throw new AppFailure('INTERNAL', 'save.invalid_suggested_name');
    }
    const id = nextId++;
    const { suggestedName, kind } = request;
    const fileName = await ask(id, 'chosen', { type: 'saveFile', id, suggestedName, kind });
    if (fileName === NO_ANSWER) {
      // The main side may still answer; told now, it forgets the place instead of keeping it.
      abort(id);
      return { saved: false };
    }
    if (fileName === null) return { saved: false };

    let write: boolean;
    try {
      write = await beforeWrite();
    } catch (error) {
      abort(id);
      throw error;
    }
    if (!write) {
      abort(id);
      return { saved: false };
    }
    const result = await ask(id, 'result', { type: 'saveFileWrite', id, bytes: request.bytes });
    return result === NO_ANSWER ? { saved: false } : result;
  };

  const deliver = (id: number, phase: Phase, value: string | null | SaveFileResult): boolean => {
    const waiter = waiting.get(id);
    if (waiter?.phase === phase) {
      waiter.answer(value);
      return true;
    }
    // An answer after the timeout, or one out of turn: the save already went its own way.
    logger.error('host.save_late_answer', { id, phase });
    return false;
  };

  return {
    saveFile,
    chosen(id, fileName) {
      // A place nobody will write to is not left with the main side.
      if (!deliver(id, 'chosen', fileName) && fileName !== null) abort(id);
    },
    settle(id, result) {
      deliver(id, 'result', result);
    },
  };
}
