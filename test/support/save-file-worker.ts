import { parentPort } from 'node:worker_threads';
import type { SaveFileRequest } from '../../src-main/core/ports';
import { serveCore } from '../../src-main/core/host/serve';

/**
 * A worker that serves a stand-in core: invoking `save` hands its input to the save-file port,
 * exactly as core/sharing/release.ts does, and answers with what the main side said.
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
        return { ok: true, value: await saveFile(input as SaveFileRequest) };
      } catch {
        return { ok: false, error: { code: 'INTERNAL', message: 'save refused' } };
      }
    },
    lock: async () => {},
    close: async () => {},
  }),
  (code) => process.exit(code),
);
