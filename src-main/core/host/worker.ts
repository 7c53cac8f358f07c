import { parentPort, workerData } from 'node:worker_threads';
import { createCore } from '../app';
import { serveCore } from './serve';

/**
 * Entry of the core's worker thread (bundled as out/main/core-worker.js). The vault, the database
 * and the keys live only in this thread, so a crash or an exit takes them with it.
 */
if (!parentPort) {
  throw new Error('core-worker runs only inside a worker thread');
}

serveCore(parentPort, workerData, createCore, (code) => process.exit(code));
