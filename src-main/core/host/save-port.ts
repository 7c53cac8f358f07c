import { AppFailure } from '../failure';
import type { Logger, SaveFilePort, SaveFileResult } from '../ports';
import { plainFileNameSchema } from './messages';
import type { FromWorker } from './messages';

/**
 * Long enough for a person to pick a folder in a save dialog; after it the release counts as
 * not saved, so a main side that never answers cannot leave a release hanging.
 */
export const DEFAULT_SAVE_TIMEOUT_MS = 30 * 60_000;

export interface WorkerSavePort {
  /** Handed to the core; only core/sharing/release.ts receives it from there. */
  saveFile: SaveFilePort;
  /** Delivers the main side's answer to the save waiting for it. */
  settle(id: number, result: SaveFileResult): void;
}

/**
 * The worker's half of a save: it posts the bytes and a suggested name to the main side, which
 * asks where to put them and writes them, and answers with the chosen file name only.
 */
export function createWorkerSavePort(
  post: (message: FromWorker) => void,
  logger: Logger,
  timeoutMs: number = DEFAULT_SAVE_TIMEOUT_MS,
): WorkerSavePort {
  const waiting = new Map<number, (result: SaveFileResult) => void>();
  let nextId = 0;

  const saveFile: SaveFilePort = (request) => {
    if (!plainFileNameSchema.safeParse(request.suggestedName).success) {
      return Promise.reject(new AppFailure('INTERNAL', 'save.invalid_suggested_name'));
    }
    const id = nextId++;
    return new Promise<SaveFileResult>((resolve) => {
      const timer = setTimeout(() => {
        logger.error('host.save_timeout', { id });
        finish({ saved: false });
      }, timeoutMs);
      const finish = (result: SaveFileResult): void => {
        clearTimeout(timer);
        waiting.delete(id);
        resolve(result);
      };
      waiting.set(id, finish);
      try {
        post({
          type: 'saveFile',
          id,
          suggestedName: request.suggestedName,
          kind: request.kind,
          bytes: request.bytes,
        });
      } catch {
        logger.error('host.save_post_failed', { id });
        finish({ saved: false });
      }
    });
  };

  return {
    saveFile,
    settle(id, result) {
      const finish = waiting.get(id);
      if (finish) finish(result);
      // An answer after the timeout: the release already counted as not saved.
      else logger.error('host.save_late_answer', { id, saved: result.saved });
    },
  };
}
