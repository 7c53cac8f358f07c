import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { startCoreHost } from '../../src-main/core/host/client';
import type { CoreHost, CoreHostOptions } from '../../src-main/core/host/client';
import { fromWorkerSchema, toWorkerSchema } from '../../src-main/core/host/messages';
import type { FromWorker, HostLogEntry } from '../../src-main/core/host/messages';
import { serveCore } from '../../src-main/core/host/serve';
import type { HostedCoreOptions } from '../../src-main/core/host/serve';
import type { SaveFileRequest, SaveFileResult } from '../../src-main/core/ports';

const SAVE_WORKER = resolve(__dirname, '../support/save-file-worker.ts');
const TSX_EXEC_ARGV = ['--require', createRequire(__filename).resolve('tsx/cjs')];
const BYTES = new Uint8Array([37, 80, 68, 70, 45, 0, 255, 128, 10]);

function waitFor<T>(read: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  const started = Date.now();
  return new Promise((done, fail) => {
    const tick = () => {
      const value = read();
      if (value !== undefined) done(value);
      else if (Date.now() - started > timeoutMs) fail(new Error('timed out waiting'));
      else setTimeout(tick, 5);
    };
    tick();
  });
}

describe('saving a file through the real worker host', () => {
  let host: CoreHost | null = null;

  const start = (
    onSaveFile?: CoreHostOptions['onSaveFile'],
    workerUrl?: URL,
  ): { host: CoreHost; logs: HostLogEntry[] } => {
    const logs: HostLogEntry[] = [];
    const common = {
      dataDir: '/nowhere',
      closeTimeoutMs: 1_000,
      onLog: (entry: HostLogEntry) => logs.push(entry),
    };
    const withSave = onSaveFile ? { ...common, onSaveFile } : common;
    host = workerUrl
      ? startCoreHost({ ...withSave, workerUrl })
      : startCoreHost({ ...withSave, workerPath: SAVE_WORKER, execArgv: TSX_EXEC_ARGV });
    return { host, logs };
  };

  afterEach(async () => {
    await host?.close();
    host = null;
  });

  it('brings the bytes to onSaveFile and only the chosen file name back to the core', async () => {
    const requests: SaveFileRequest[] = [];
    const { host } = start(async (request) => {
      requests.push(request);
      return { saved: true, fileName: '/home/worker/Documents/for-dana.pdf' };
    });
    const result = await host.invoke('save', {
      suggestedName: 'share-2026-11-30.pdf',
      kind: 'pdf',
      bytes: BYTES,
    });
    expect(result).toEqual({ ok: true, value: { saved: true, fileName: 'for-dana.pdf' } });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.suggestedName).toBe('share-2026-11-30.pdf');
    expect(requests[0]?.kind).toBe('pdf');
    expect(requests[0]?.bytes).toBeInstanceOf(Uint8Array);
    expect([...(requests[0]?.bytes ?? [])]).toEqual([...BYTES]);
  });

  it('answers a cancelled dialog as not saved', async () => {
    const { host } = start(async () => ({ saved: false }));
    const result = await host.invoke('save', { suggestedName: 'a.csv', kind: 'csv', bytes: BYTES });
    expect(result).toEqual({ ok: true, value: { saved: false } });
  });

  it('answers not saved when the host has no way to save', async () => {
    const { host } = start();
    const result = await host.invoke('save', {
      suggestedName: 'a.json',
      kind: 'json',
      bytes: BYTES,
    });
    expect(result).toEqual({ ok: true, value: { saved: false } });
  });

  it('answers not saved when saving throws, and logs no error text', async () => {
    const { host, logs } = start(async () => {
      throw new Error('EACCES: /home/worker/Private/notes about Sam.pdf');
    });
    const result = await host.invoke('save', { suggestedName: 'a.pdf', kind: 'pdf', bytes: BYTES });
    expect(result).toEqual({ ok: true, value: { saved: false } });
    expect(logs.map((entry) => entry.message)).toContain('host.save_failed');
    expect(JSON.stringify(logs)).not.toContain('Sam');
  });

  it('refuses a suggested name that holds a folder before anything reaches the main side', async () => {
    const requests: SaveFileRequest[] = [];
    const { host } = start(async (request) => {
      requests.push(request);
      return { saved: true, fileName: 'x.pdf' };
    });
    for (const suggestedName of ['../escape.pdf', '/tmp/x.pdf', 'a\\b.pdf', '..', '']) {
      const result = await host.invoke('save', { suggestedName, kind: 'pdf', bytes: BYTES });
      expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    }
    expect(requests).toEqual([]);
  });

  it('refuses a malformed save request from the worker', async () => {
    // A worker that posts save requests the main side must not act on.
    const rogue = new URL(
      `data:text/javascript,${encodeURIComponent(
        "import { parentPort } from 'node:worker_threads';" +
          "parentPort.postMessage({ type: 'saveFile', id: 1, suggestedName: '/etc/cron.d/x', kind: 'pdf', bytes: new Uint8Array([1]) });" +
          "parentPort.postMessage({ type: 'saveFile', id: 2, suggestedName: 'a.exe', kind: 'exe', bytes: new Uint8Array([1]) });" +
          "parentPort.postMessage({ type: 'saveFile', id: 3, suggestedName: 'a.pdf', kind: 'pdf', bytes: 'not bytes' });" +
          "parentPort.postMessage({ type: 'log', entry: { level: 'info', message: 'rogue.done', fields: {} } });" +
          "parentPort.on('message', () => {});",
      )}`,
    );
    const requests: SaveFileRequest[] = [];
    const { logs } = start(async (request) => {
      requests.push(request);
      return { saved: true, fileName: 'x' };
    }, rogue);
    await waitFor(() => logs.find((entry) => entry.message === 'rogue.done'));
    expect(logs.filter((entry) => entry.message === 'host.bad_worker_message')).toHaveLength(3);
    expect(requests).toEqual([]);
  });
});

describe('the worker half of a save', () => {
  interface Loop {
    main: MessagePort;
    received: FromWorker[];
    saveFile: HostedCoreOptions['saveFile'];
    order: string[];
    exitCodes: number[];
  }

  const loops: MessagePort[] = [];
  afterEach(() => {
    for (const port of loops.splice(0)) port.close();
  });

  /** serveCore in this thread, with a core whose `dispatch` saves; `main` plays the main side. */
  const loop = (saveTimeoutMs?: number): Loop => {
    const { port1: main, port2: worker } = new MessageChannel();
    loops.push(main);
    const received: FromWorker[] = [];
    main.on('message', (message: FromWorker) => received.push(message));
    const order: string[] = [];
    const exitCodes: number[] = [];
    let saveFile!: HostedCoreOptions['saveFile'];
    serveCore(
      worker,
      { dataDir: '/nowhere' },
      (options) => {
        saveFile = options.saveFile;
        return {
          dispatch: async (_channel, input) => {
            const result = await options.saveFile(input as SaveFileRequest);
            order.push('dispatch');
            return { ok: true, value: result };
          },
          lock: async () => {},
          close: async () => {
            order.push('close');
          },
        };
      },
      (code) => {
        order.push(`exit ${code}`);
        exitCodes.push(code);
      },
      saveTimeoutMs === undefined ? {} : { saveTimeoutMs },
    );
    return { main, received, saveFile, order, exitCodes };
  };

  const saveRequest = (received: FromWorker[]) =>
    waitFor(() => received.find((message) => message.type === 'saveFile'));

  it('answers not saved when the main side never answers, instead of hanging', async () => {
    const { saveFile, received } = loop(50);
    const result = await saveFile({ suggestedName: 'a.pdf', kind: 'pdf', bytes: BYTES });
    expect(result).toEqual({ saved: false });
    await saveRequest(received);
    await waitFor(() =>
      received.find(
        (message) => message.type === 'log' && message.entry.message === 'host.save_timeout',
      ),
    );
  });

  it('logs an answer that comes after the timeout and changes nothing', async () => {
    const { saveFile, main, received } = loop(30);
    const result = await saveFile({ suggestedName: 'a.pdf', kind: 'pdf', bytes: BYTES });
    expect(result).toEqual({ saved: false });
    const request = await saveRequest(received);
    main.postMessage({
      type: 'saveFileResult',
      id: request.id,
      result: { saved: true, fileName: 'a.pdf' },
    });
    await waitFor(() =>
      received.find(
        (message) => message.type === 'log' && message.entry.message === 'host.save_late_answer',
      ),
    );
  });

  it('refuses answers that are malformed or name a folder, and keeps waiting for a good one', async () => {
    const { saveFile, main, received } = loop();
    const pending = saveFile({ suggestedName: 'a.pdf', kind: 'pdf', bytes: BYTES });
    const request = await saveRequest(received);
    const bad = [
      {
        type: 'saveFileResult',
        id: request.id,
        result: { saved: true, fileName: '/home/w/a.pdf' },
      },
      { type: 'saveFileResult', id: request.id, result: { saved: true, fileName: '..' } },
      { type: 'saveFileResult', id: request.id, result: { saved: true } },
      { type: 'saveFileResult', id: request.id, result: { saved: 'yes' } },
      { type: 'saveFileResult', id: request.id, result: { saved: false, folder: '/home/w' } },
      { type: 'saveFileResult', id: -1, result: { saved: false } },
    ];
    for (const message of bad) main.postMessage(message);
    await waitFor(() => {
      const refusals = received.filter(
        (message) => message.type === 'log' && message.entry.message === 'host.bad_message',
      );
      return refusals.length === bad.length ? refusals : undefined;
    });
    main.postMessage({
      type: 'saveFileResult',
      id: request.id,
      result: { saved: true, fileName: 'a.pdf' },
    });
    expect(await pending).toEqual({ saved: true, fileName: 'a.pdf' });
  });

  it('still takes the answer while closing, so a release in flight ends before the core closes', async () => {
    const { main, received, order } = loop();
    main.postMessage({
      type: 'invoke',
      id: 4,
      channel: 'sharing.release',
      input: { suggestedName: 'a.pdf', kind: 'pdf', bytes: BYTES },
    });
    const request = await saveRequest(received);
    main.postMessage({ type: 'close' });
    await new Promise((done) => setTimeout(done, 20));
    expect(order).toEqual([]);
    main.postMessage({
      type: 'saveFileResult',
      id: request.id,
      result: { saved: true, fileName: 'a.pdf' },
    });
    await waitFor(() => (order.length === 3 ? order : undefined));
    expect(order).toEqual(['dispatch', 'close', 'exit 0']);
    expect(received.find((message) => message.type === 'result')).toMatchObject({
      id: 4,
      result: { ok: true, value: { saved: true, fileName: 'a.pdf' } },
    });
  });
});

describe('save message schemas', () => {
  const request = { type: 'saveFile', id: 0, suggestedName: 'a.pdf', kind: 'pdf', bytes: BYTES };

  it('accept a well-formed request and answer', () => {
    expect(fromWorkerSchema.safeParse(request).success).toBe(true);
    const answers: SaveFileResult[] = [{ saved: false }, { saved: true, fileName: 'été.pdf' }];
    for (const result of answers) {
      expect(toWorkerSchema.safeParse({ type: 'saveFileResult', id: 0, result }).success).toBe(
        true,
      );
    }
  });

  it('refuse paths, unknown kinds, and bytes that are not bytes', () => {
    for (const bad of [
      { ...request, suggestedName: 'notes/a.pdf' },
      { ...request, suggestedName: 'C:\\a.pdf' },
      { ...request, suggestedName: 'a\0.pdf' },
      { ...request, suggestedName: 'x'.repeat(256) },
      { ...request, kind: 'html' },
      { ...request, bytes: [1, 2, 3] },
      { ...request, bytes: 'JVBERi0=' },
    ]) {
      expect(fromWorkerSchema.safeParse(bad).success).toBe(false);
    }
  });
});
