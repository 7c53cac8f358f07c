import { parentPort } from 'node:worker_threads';
import type { SaveFileRequest } from '../../src-main/core/ports';
import { serveCore } from '../../src-main/core/host/serve';

/** What the stand-in core's last check answers: write, do not write, or fail. */
export type LastCheck = 'write' | 'skip' | 'throw';

/**
 * A worker that serves a stand-in core: invoking `save` hands its input to the save-file port,
 * exactly as core/sharing/release.ts does, and answers with what the main side said. The input's
 * `lastCheck` plays the release's check between the dialog and the write.
 */
if (!parentPort) throw new Error('runs only inside a worker thread');

serveCore(
  parentPort,
  { dataDir: '/nowhere' },
  ({ saveFile }) => ({
    dispatch: async (channel, input) => {
      if (channel !== 'save')
        return { ok: false, error: { code: 'INVALID_INPUT', message: channel } };
      try {
        const { lastCheck = 'write', ...request } = input as SaveFileRequest & {
          lastCheck?: LastCheck;
        };
        const beforeWrite = async (): Promise<boolean> => {
          if (lastCheck === 'throw') throw new Error('checked and refused');
          return lastCheck === 'write';
        };
        return { ok: true, value: await saveFile(request, beforeWrite) };
      } catch (error) {
        const message = error instanceof Error ? error.message : 'save refused';
        return { ok: false, error: { code: 'INTERNAL', message } };
      }
    },
    lock: async () => {},
    close: async () => {},
  }),
  (code) => process.exit(code),
);
