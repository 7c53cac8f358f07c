import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { startCoreHost } from '../../src-main/core/host/client';
import type { ChosenFile, CoreHost, CoreHostOptions } from '../../src-main/core/host/client';
import { fromWorkerSchema, toWorkerSchema } from '../../src-main/core/host/messages';
import type {
  FromWorker,
  HostLogEntry,
  SaveDialogRequest,
} from '../../src-main/core/host/messages';
import { serveCore } from '../../src-main/core/host/serve';
import type { HostedCoreOptions } from '../../src-main/core/host/serve';
import type { BeforeWrite, SaveFileResult } from '../../src-main/core/ports';
import type { LastCheck } from '../support/save-file-worker';

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

/** Stands in for the save dialog and the disk: what was asked, written and let go. */
class DialogStandIn {
  readonly requests: SaveDialogRequest[] = [];
  readonly written: Array<{ fileName: string; bytes: number[] }> = [];
  discarded = 0;

  constructor(
    private readonly fileName: string | null = 'chosen.pdf',
    private readonly failWrite = false,
  ) {}

  readonly onSaveFile = async (request: SaveDialogRequest): Promise<ChosenFile | null> => {
    this.requests.push(request);
    const fileName = this.fileName;
    if (fileName === null) return null;
    return {
      fileName,
      write: async (bytes) => {
        if (this.failWrite) throw new Error('EACCES: /home/worker/Private/notes about Sam.pdf');
        this.written.push({ fileName, bytes: [...bytes] });
      },
      discard: () => {
        this.discarded += 1;
      },
    };
  };
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

  const save = (target: CoreHost, lastCheck: LastCheck, name = 'share-2026-11-30.pdf') =>
    target.invoke('save', { suggestedName: name, kind: 'pdf', bytes: BYTES, lastCheck });

  afterEach(async () => {
    await host?.close();
    host = null;
  });

  it('asks without the bytes, writes them after the last check, and tells the core only the name', async () => {
    const dialog = new DialogStandIn('/home/worker/Documents/for-dana.pdf');
    const { host } = start(dialog.onSaveFile);
    const result = await save(host, 'write');
    expect(result).toEqual({ ok: true, value: { saved: true, fileName: 'for-dana.pdf' } });
    expect(dialog.requests).toEqual([{ suggestedName: 'share-2026-11-30.pdf', kind: 'pdf' }]);
    expect(dialog.written).toEqual([
      { fileName: '/home/worker/Documents/for-dana.pdf', bytes: [...BYTES] },
    ]);
    expect(dialog.discarded).toBe(0);
  });

  it('writes nothing and lets the place go when the last check says no', async () => {
    const dialog = new DialogStandIn();
    const { host } = start(dialog.onSaveFile);
    expect(await save(host, 'skip')).toEqual({ ok: true, value: { saved: false } });
    await waitFor(() => (dialog.discarded === 1 ? true : undefined));
    expect(dialog.requests).toHaveLength(1);
    expect(dialog.written).toEqual([]);
  });

  it('writes nothing when the last check fails, and the save fails with it', async () => {
    const dialog = new DialogStandIn();
    const { host } = start(dialog.onSaveFile);
    expect(await save(host, 'throw')).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'checked and refused' },
    });
    await waitFor(() => (dialog.discarded === 1 ? true : undefined));
    expect(dialog.written).toEqual([]);
  });

  it('answers a cancelled dialog as not saved', async () => {
    const dialog = new DialogStandIn(null);
    const { host } = start(dialog.onSaveFile);
    expect(await save(host, 'write', 'a.csv')).toEqual({ ok: true, value: { saved: false } });
    expect(dialog.written).toEqual([]);
  });

  it('answers not saved when the host has no way to save', async () => {
    const { host } = start();
    expect(await save(host, 'write')).toEqual({ ok: true, value: { saved: false } });
  });

  it('answers not saved when the dialog throws, and logs no error text', async () => {
    const { host, logs } = start(async () => {
      throw new Error('EACCES: /home/worker/Private/notes about Sam.pdf');
    });
    expect(await save(host, 'write')).toEqual({ ok: true, value: { saved: false } });
    expect(logs.map((entry) => entry.message)).toContain('host.save_failed');
    expect(JSON.stringify(logs)).not.toContain('Sam');
  });

  it('answers not saved when writing throws, and logs no error text', async () => {
    const dialog = new DialogStandIn('a.pdf', true);
    const { host, logs } = start(dialog.onSaveFile);
    expect(await save(host, 'write')).toEqual({ ok: true, value: { saved: false } });
    expect(logs.map((entry) => entry.message)).toContain('host.save_failed');
    expect(JSON.stringify(logs)).not.toContain('Sam');
  });

  it('refuses a chosen name that is not a file name, and lets that place go', async () => {
    const dialog = new DialogStandIn('/home/worker/..');
    const { host, logs } = start(dialog.onSaveFile);
    expect(await save(host, 'write')).toEqual({ ok: true, value: { saved: false } });
    expect(logs.map((entry) => entry.message)).toContain('host.bad_save_result');
    expect(dialog.discarded).toBe(1);
    expect(dialog.written).toEqual([]);
  });

  it('refuses a suggested name that holds a folder before anything reaches the main side', async () => {
    const dialog = new DialogStandIn();
    const { host } = start(dialog.onSaveFile);
    for (const suggestedName of ['../escape.pdf', '/tmp/x.pdf', 'a\\b.pdf', '..', '']) {
      const result = await save(host, 'write', suggestedName);
      expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    }
    expect(dialog.requests).toEqual([]);
  });

  it('refuses malformed save messages, and writes only what was chosen and not called off', async () => {
    // A worker that posts what the main side must not act on, then writes after calling off.
    const rogue = new URL(
      `data:text/javascript,${encodeURIComponent(
        "import { parentPort } from 'node:worker_threads';" +
          'const post = (m) => parentPort.postMessage(m);' +
          "post({ type: 'saveFile', id: 1, suggestedName: '/etc/cron.d/x', kind: 'pdf' });" +
          "post({ type: 'saveFile', id: 2, suggestedName: 'a.exe', kind: 'exe' });" +
          "post({ type: 'saveFile', id: 3, suggestedName: 'a.pdf', kind: 'pdf', bytes: new Uint8Array([1]) });" +
          "post({ type: 'saveFileWrite', id: 4, bytes: 'not bytes' });" +
          "post({ type: 'saveFileAbort', id: -1 });" +
          "post({ type: 'saveFileWrite', id: 5, bytes: new Uint8Array([1]) });" +
          "post({ type: 'saveFile', id: 6, suggestedName: 'a.pdf', kind: 'pdf' });" +
          "parentPort.on('message', (m) => {" +
          "  if (m.type === 'saveFileChosen' && m.id === 6) {" +
          "    post({ type: 'saveFileAbort', id: 6 });" +
          "    post({ type: 'saveFileWrite', id: 6, bytes: new Uint8Array([1]) });" +
          '  }' +
          "  if (m.type === 'saveFileResult' && m.id === 6 && !m.result.saved) {" +
          "    post({ type: 'log', entry: { level: 'info', message: 'rogue.done', fields: {} } });" +
          '  }' +
          '});',
      )}`,
    );
    const dialog = new DialogStandIn();
    const { logs } = start(dialog.onSaveFile, rogue);
    await waitFor(() => logs.find((entry) => entry.message === 'rogue.done'));
    expect(logs.filter((entry) => entry.message === 'host.bad_worker_message')).toHaveLength(5);
    expect(logs.filter((entry) => entry.message === 'host.save_unknown')).toHaveLength(2);
    expect(dialog.requests).toEqual([{ suggestedName: 'a.pdf', kind: 'pdf' }]);
    expect(dialog.discarded).toBe(1);
    expect(dialog.written).toEqual([]);
  });
});

describe('the worker half of a save', () => {
  interface Loop {
    main: MessagePort;
    received: FromWorker[];
    saveFile: HostedCoreOptions['saveFile'];
    order: string[];
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
    let saveFile!: HostedCoreOptions['saveFile'];
    serveCore(
      worker,
      { dataDir: '/nowhere' },
      (options) => {
        saveFile = options.saveFile;
        return {
          dispatch: async (_channel, input) => {
            const result = await options.saveFile(
              input as { suggestedName: string; kind: 'pdf'; bytes: Uint8Array },
              async () => true,
            );
            order.push('dispatch');
            return { ok: true, value: result };
          },
          lock: async () => {},
          close: async () => {
            order.push('close');
          },
        };
      },
      (code) => order.push(`exit ${code}`),
      saveTimeoutMs === undefined ? {} : { saveTimeoutMs },
    );
    return { main, received, saveFile, order };
  };

  const request = { suggestedName: 'a.pdf', kind: 'pdf' as const, bytes: BYTES };
  const pass: BeforeWrite = async () => true;

  const first = <T extends FromWorker['type']>(received: FromWorker[], type: T, id?: number) =>
    waitFor(() =>
      received.find(
        (message): message is Extract<FromWorker, { type: T }> =>
          message.type === type && (id === undefined || ('id' in message && message.id === id)),
      ),
    );

  const logged = (received: FromWorker[], text: string) =>
    waitFor(() =>
      received.find((message) => message.type === 'log' && message.entry.message === text),
    );

  it('sends the bytes only after the name is chosen and the last check passed', async () => {
    const { saveFile, main, received } = loop();
    const steps: string[] = [];
    const pending = saveFile(request, async () => {
      steps.push(
        `check, writes sent: ${received.filter((m) => m.type === 'saveFileWrite').length}`,
      );
      return true;
    });
    const asked = await first(received, 'saveFile');
    expect(asked).toEqual({ type: 'saveFile', id: asked.id, suggestedName: 'a.pdf', kind: 'pdf' });
    await new Promise((done) => setTimeout(done, 20));
    expect(steps).toEqual([]);
    main.postMessage({ type: 'saveFileChosen', id: asked.id, fileName: 'mine.pdf' });
    const write = await first(received, 'saveFileWrite', asked.id);
    expect(steps).toEqual(['check, writes sent: 0']);
    expect([...write.bytes]).toEqual([...BYTES]);
    main.postMessage({
      type: 'saveFileResult',
      id: asked.id,
      result: { saved: true, fileName: 'mine.pdf' },
    });
    expect(await pending).toEqual({ saved: true, fileName: 'mine.pdf' });
    expect(received.filter((m) => m.type === 'saveFileAbort')).toEqual([]);
  });

  it('calls the write off when the last check says no', async () => {
    const { saveFile, main, received } = loop();
    const pending = saveFile(request, async () => false);
    const asked = await first(received, 'saveFile');
    main.postMessage({ type: 'saveFileChosen', id: asked.id, fileName: 'mine.pdf' });
    expect(await pending).toEqual({ saved: false });
    expect(await first(received, 'saveFileAbort', asked.id)).toEqual({
      type: 'saveFileAbort',
      id: asked.id,
    });
    expect(received.filter((m) => m.type === 'saveFileWrite')).toEqual([]);
  });

  it('calls the write off and fails with the error when the last check throws', async () => {
    const { saveFile, main, received } = loop();
    const pending = saveFile(request, async () => {
      throw new Error('consent withdrawn');
    });
    const asked = await first(received, 'saveFile');
    main.postMessage({ type: 'saveFileChosen', id: asked.id, fileName: 'mine.pdf' });
    await expect(pending).rejects.toThrow('consent withdrawn');
    await first(received, 'saveFileAbort', asked.id);
    expect(received.filter((m) => m.type === 'saveFileWrite')).toEqual([]);
  });

  it('does not check or write when the dialog was cancelled', async () => {
    const { saveFile, main, received } = loop();
    let checked = false;
    const pending = saveFile(request, async () => {
      checked = true;
      return true;
    });
    const asked = await first(received, 'saveFile');
    main.postMessage({ type: 'saveFileChosen', id: asked.id, fileName: null });
    expect(await pending).toEqual({ saved: false });
    expect(checked).toBe(false);
    expect(received.filter((m) => m.type === 'saveFileWrite')).toEqual([]);
  });

  it('answers not saved when the main side never answers, instead of hanging', async () => {
    const { saveFile, received } = loop(50);
    expect(await saveFile(request, pass)).toEqual({ saved: false });
    const asked = await first(received, 'saveFile');
    await logged(received, 'host.save_timeout');
    // Told, in case its answer was already on the way, so it keeps no place for this save.
    await first(received, 'saveFileAbort', asked.id);
  });

  it('answers not saved when the write is never confirmed', async () => {
    const { saveFile, main, received } = loop(50);
    const pending = saveFile(request, pass);
    const asked = await first(received, 'saveFile');
    main.postMessage({ type: 'saveFileChosen', id: asked.id, fileName: 'mine.pdf' });
    expect(await pending).toEqual({ saved: false });
    await first(received, 'saveFileWrite', asked.id);
    await logged(received, 'host.save_timeout');
  });

  it('logs a chosen name that comes after the timeout and tells the main side to let it go', async () => {
    const { saveFile, main, received } = loop(30);
    expect(await saveFile(request, pass)).toEqual({ saved: false });
    const asked = await first(received, 'saveFile');
    // The abort posted at the timeout has arrived; the late answer earns one more.
    await first(received, 'saveFileAbort', asked.id);
    const abortsBefore = received.filter((m) => m.type === 'saveFileAbort').length;
    main.postMessage({ type: 'saveFileChosen', id: asked.id, fileName: 'a.pdf' });
    await logged(received, 'host.save_late_answer');
    await waitFor(() =>
      received.filter((m) => m.type === 'saveFileAbort').length === abortsBefore + 1
        ? true
        : undefined,
    );
    expect(received.filter((m) => m.type === 'saveFileWrite')).toEqual([]);
  });

  it('refuses answers that are malformed, name a folder, or come out of turn, and keeps waiting', async () => {
    const { saveFile, main, received } = loop();
    const pending = saveFile(request, pass);
    const asked = await first(received, 'saveFile');
    const id = asked.id;
    const bad = [
      { type: 'saveFileChosen', id, fileName: '/home/w/a.pdf' },
      { type: 'saveFileChosen', id, fileName: '..' },
      { type: 'saveFileChosen', id },
      { type: 'saveFileChosen', id, fileName: 'a.pdf', folder: '/home/w' },
      { type: 'saveFileChosen', id: -1, fileName: 'a.pdf' },
      { type: 'saveFileResult', id, result: { saved: true, fileName: '/home/w/a.pdf' } },
      { type: 'saveFileResult', id, result: { saved: true } },
      { type: 'saveFileResult', id, result: { saved: 'yes' } },
      { type: 'saveFileResult', id, result: { saved: false, folder: '/home/w' } },
    ];
    for (const message of bad) main.postMessage(message);
    await waitFor(() => {
      const refusals = received.filter(
        (message) => message.type === 'log' && message.entry.message === 'host.bad_message',
      );
      return refusals.length === bad.length ? refusals : undefined;
    });
    // Well formed but out of turn: a result before any name was chosen.
    main.postMessage({ type: 'saveFileResult', id, result: { saved: true, fileName: 'a.pdf' } });
    await logged(received, 'host.save_late_answer');
    expect(received.filter((m) => m.type === 'saveFileWrite')).toEqual([]);
    main.postMessage({ type: 'saveFileChosen', id, fileName: 'a.pdf' });
    await first(received, 'saveFileWrite', id);
    main.postMessage({ type: 'saveFileResult', id, result: { saved: true, fileName: 'a.pdf' } });
    expect(await pending).toEqual({ saved: true, fileName: 'a.pdf' });
  });

  it('still takes the answers while closing, so a release in flight ends before the core closes', async () => {
    const { main, received, order } = loop();
    main.postMessage({
      type: 'invoke',
      id: 4,
      channel: 'sharing.release',
      input: { suggestedName: 'a.pdf', kind: 'pdf', bytes: BYTES },
    });
    const asked = await first(received, 'saveFile');
    main.postMessage({ type: 'close' });
    await new Promise((done) => setTimeout(done, 20));
    expect(order).toEqual([]);
    main.postMessage({ type: 'saveFileChosen', id: asked.id, fileName: 'a.pdf' });
    await first(received, 'saveFileWrite', asked.id);
    main.postMessage({
      type: 'saveFileResult',
      id: asked.id,
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
  const ask = { type: 'saveFile', id: 0, suggestedName: 'a.pdf', kind: 'pdf' };
  const write = { type: 'saveFileWrite', id: 0, bytes: BYTES };

  it('accept well-formed requests and answers', () => {
    for (const message of [ask, write, { type: 'saveFileAbort', id: 0 }]) {
      expect(fromWorkerSchema.safeParse(message).success).toBe(true);
    }
    for (const fileName of [null, 'été.pdf']) {
      expect(toWorkerSchema.safeParse({ type: 'saveFileChosen', id: 0, fileName }).success).toBe(
        true,
      );
    }
    const answers: SaveFileResult[] = [{ saved: false }, { saved: true, fileName: 'été.pdf' }];
    for (const result of answers) {
      expect(toWorkerSchema.safeParse({ type: 'saveFileResult', id: 0, result }).success).toBe(
        true,
      );
    }
  });

  it('refuse paths, unknown kinds, bytes before the check, and bytes that are not bytes', () => {
    for (const bad of [
      { ...ask, suggestedName: 'notes/a.pdf' },
      { ...ask, suggestedName: 'C:\\a.pdf' },
      { ...ask, suggestedName: 'a\0.pdf' },
      { ...ask, suggestedName: 'x'.repeat(256) },
      { ...ask, kind: 'html' },
      { ...ask, bytes: BYTES },
      { ...write, bytes: [1, 2, 3] },
      { ...write, bytes: 'JVBERi0=' },
      { ...write, suggestedName: 'a.pdf' },
      { type: 'saveFileAbort', id: 0.5 },
    ]) {
      expect(fromWorkerSchema.safeParse(bad).success).toBe(false);
    }
    for (const bad of [
      { type: 'saveFileChosen', id: 0, fileName: 'C:\\Users\\w\\a.pdf' },
      { type: 'saveFileChosen', id: 0, fileName: '' },
      { type: 'saveFileChosen', id: 0, fileName: 'a.pdf', path: '/home/w/a.pdf' },
    ]) {
      expect(toWorkerSchema.safeParse(bad).success).toBe(false);
    }
  });
});
