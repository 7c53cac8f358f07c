import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCoreHost } from '../../src-main/core/host/client';
import type { CoreHost, CoreHostExit } from '../../src-main/core/host/client';
import { REDACTED, sanitizeLogEntry } from '../../src-main/core/host/log-port';
import type { FromWorker, HostLogEntry } from '../../src-main/core/host/messages';
import { serveCore } from '../../src-main/core/host/serve';
import type { HostedCore } from '../../src-main/core/host/serve';

/** The TypeScript entry itself, run through tsx's CommonJS hook inside a real worker thread. */
const WORKER_PATH = resolve(__dirname, '../../src-main/core/host/worker.ts');
const TSX_EXEC_ARGV = ['--require', createRequire(__filename).resolve('tsx/cjs')];
const LIGHT_KDF = { memoryKiB: 19_456, iterations: 2, parallelism: 1 };
const PASSPHRASE = 'lantern orchard seventeen quietly marble river';

interface Started {
  host: CoreHost;
  events: Array<{ name: string; payload: unknown }>;
  logs: HostLogEntry[];
  exits: CoreHostExit[];
}

function waitFor<T>(read: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  const started = Date.now();
  return new Promise((done, fail) => {
    const tick = () => {
      const value = read();
      if (value !== undefined) done(value);
      else if (Date.now() - started > timeoutMs) fail(new Error('timed out waiting'));
      else setTimeout(tick, 10);
    };
    tick();
  });
}

describe('core host in a worker thread', () => {
  let dataDir: string;
  let started: Started | null = null;

  const start = (extra: { workerUrl?: URL } = {}): Started => {
    const events: Started['events'] = [];
    const logs: HostLogEntry[] = [];
    const exits: CoreHostExit[] = [];
    const common = {
      dataDir,
      kdf: LIGHT_KDF,
      execArgv: TSX_EXEC_ARGV,
      onLog: (entry: HostLogEntry) => logs.push(entry),
      onExit: (exit: CoreHostExit) => exits.push(exit),
    };
    const host = extra.workerUrl
      ? startCoreHost({ ...common, execArgv: [], workerUrl: extra.workerUrl })
      : startCoreHost({ ...common, workerPath: WORKER_PATH });
    host.on((name, payload) => events.push({ name, payload }));
    started = { host, events, logs, exits };
    return started;
  };

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'alongside-host-'));
  });

  afterEach(async () => {
    await started?.host.close();
    started = null;
    await rm(dataDir, { recursive: true, force: true });
  });

  it('round-trips vault.status through the worker', async () => {
    const { host } = start();
    const result = await host.invoke('vault.status', {});
    expect(result).toMatchObject({ ok: true, value: { state: 'absent', failedAttempts: 0 } });
  });

  it('answers invalid input and unknown channels with INVALID_INPUT values', async () => {
    const { host } = start();
    const badInput = await host.invoke('vault.unlock', { passphrase: 42 });
    expect(badInput).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const unknown = await host.invoke('vault.exportEverything', {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    // Still alive and answering after both refusals.
    expect(await host.invoke('vault.status', {})).toMatchObject({ ok: true });
  });

  it('relays vault.stateChanged when a lock message locks an open vault', async () => {
    const { host, events } = start();
    const created = await host.invoke('vault.create', { passphrase: PASSPHRASE });
    expect(created).toMatchObject({ ok: true });
    const status = await host.invoke('vault.status', {});
    expect(status).toMatchObject({ ok: true, value: { state: 'unlocked' } });

    await host.lock('manual');
    const locked = await waitFor(() =>
      events.find(
        (event) =>
          event.name === 'vault.stateChanged' &&
          (event.payload as { state?: string }).state === 'locked',
      ),
    );
    expect(locked.payload).toEqual({ state: 'locked', reason: 'manual' });
    expect(await host.invoke('vault.status', {})).toMatchObject({
      ok: true,
      value: { state: 'locked' },
    });
  });

  it('closes the core and lets the worker exit cleanly', async () => {
    const { host, exits } = start();
    await host.invoke('vault.create', { passphrase: PASSPHRASE });
    await host.close();
    expect(exits).toEqual([{ code: 0, expected: true }]);
    expect(await host.invoke('vault.status', {})).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
    // Closing twice is harmless.
    await host.close();
  });

  it('resolves pending and later calls with INTERNAL after the worker crashes', async () => {
    // A worker that dies on its first message, the way an uncaught error would kill the core.
    const crashing = new URL(
      `data:text/javascript,${encodeURIComponent(
        "import { parentPort } from 'node:worker_threads';" +
          "parentPort.on('message', () => { throw new Error('boom'); });",
      )}`,
    );
    const { host, exits, logs } = start({ workerUrl: crashing });
    const pending = await host.invoke('vault.status', {});
    expect(pending).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const later = await host.invoke('vault.status', {});
    expect(later).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(exits).toEqual([{ code: 1, expected: false }]);
    // The crash is logged by kind only; the thrown text never leaves the thread boundary.
    expect(JSON.stringify(logs)).not.toContain('boom');
    await host.lock('quit');
  });
});

describe('worker message loop', () => {
  const fakeCore = (overrides: Partial<HostedCore> = {}): HostedCore => ({
    dispatch: async () => ({ ok: true, value: {} }),
    lock: async () => {},
    close: async () => {},
    ...overrides,
  });

  it('answers an unclonable value with INTERNAL instead of dropping the call', async () => {
    const { port1, port2 } = new MessageChannel();
    const received: FromWorker[] = [];
    port1.on('message', (message: FromWorker) => received.push(message));
    serveCore(
      port2,
      { dataDir: '/nowhere' },
      () => fakeCore({ dispatch: async () => ({ ok: true, value: { run: () => 1 } }) }),
      () => {},
    );
    port1.postMessage({ type: 'invoke', id: 7, channel: 'vault.status', input: {} });
    const result = await waitFor(() => received.find((message) => message.type === 'result'));
    expect(result).toMatchObject({ id: 7, result: { ok: false, error: { code: 'INTERNAL' } } });
    port1.close();
  });

  it('ends the thread when a lock fails, so no key outlives it', async () => {
    const { port1, port2 } = new MessageChannel();
    const codes: number[] = [];
    serveCore(
      port2,
      { dataDir: '/nowhere' },
      () => fakeCore({ lock: () => Promise.reject(new Error('disk gone')) }),
      (code) => codes.push(code),
    );
    port1.postMessage({ type: 'lock', id: 1, reason: 'suspend' });
    expect(await waitFor(() => codes[0])).toBe(1);
    port1.close();
  });

  it('lets calls in flight finish before closing the core', async () => {
    const { port1, port2 } = new MessageChannel();
    const order: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    serveCore(
      port2,
      { dataDir: '/nowhere' },
      () =>
        fakeCore({
          dispatch: async () => {
            await gate;
            order.push('dispatch');
            return { ok: true, value: {} };
          },
          close: async () => {
            order.push('close');
          },
        }),
      (code) => order.push(`exit ${code}`),
    );
    port1.postMessage({ type: 'invoke', id: 1, channel: 'vault.status', input: {} });
    port1.postMessage({ type: 'close' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    await waitFor(() => (order.length === 3 ? order : undefined));
    expect(order).toEqual(['dispatch', 'close', 'exit 0']);
    port1.close();
  });
});

describe('log port', () => {
  it('keeps codes and ids and blanks anything that reads like content', () => {
    const entry = sanitizeLogEntry('error', 'She said she felt unsafe at home, again.', {
      channel: 'notes.save',
      attempts: 3,
      ok: false,
      note: 'We talked about her sister',
    });
    expect(entry).toEqual({
      level: 'error',
      message: REDACTED,
      fields: { channel: 'notes.save', attempts: 3, ok: false, note: REDACTED },
    });
    expect(sanitizeLogEntry('info', 'vault.unlocked').message).toBe('vault.unlocked');
  });
});
