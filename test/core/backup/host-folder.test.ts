import { readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCoreHost } from '../../../src-main/core/host/client';
import type { CoreHost } from '../../../src-main/core/host/client';
import { STRONG_PASSPHRASE, TEST_KDF } from '../../support/core-fixture';
import { makeTempDir } from '../../support/temp-dir';

const WORKER_PATH = resolve(__dirname, '../../../src-main/core/host/worker.ts');
const TSX_EXEC_ARGV = ['--require', createRequire(__filename).resolve('tsx/cjs')];

describe('the folder dialog and the policy file through the worker host', () => {
  let dir: { path: string; remove: () => Promise<void> };
  let host: CoreHost | null = null;

  beforeEach(async () => {
    dir = await makeTempDir('alongside-host-folder-');
  });
  afterEach(async () => {
    await host?.close();
    host = null;
    await dir.remove();
  });

  it('asks main for a folder, backs up into it, and reads the policy file named in workerData', async () => {
    const asked: string[] = [];
    const policyFile = join(dir.path, 'policy.json');
    await writeFile(policyFile, JSON.stringify({ version: 1, idleLockMaxMinutes: 10 }));
    host = startCoreHost({
      workerPath: WORKER_PATH,
      execArgv: TSX_EXEC_ARGV,
      dataDir: join(dir.path, 'vault'),
      kdf: TEST_KDF,
      policyFile,
      onChooseFolder: (purpose) => {
        asked.push(purpose);
        return Promise.resolve(asked.length === 1 ? dir.path : null);
      },
    });
    expect(await host.invoke('policy.get', {})).toMatchObject({
      ok: true,
      value: { source: 'agency', locked: ['idleLockMaxMinutes'] },
    });
    expect(await host.invoke('vault.create', { passphrase: STRONG_PASSPHRASE })).toMatchObject({
      ok: true,
    });
    const made = await host.invoke('backup.create', {});
    expect(made).toMatchObject({ ok: true, value: { done: true, verified: true } });
    expect((await readdir(dir.path)).filter((n) => n.startsWith('Alongside backup'))).toHaveLength(
      1,
    );
    // The second time the dialog is cancelled.
    expect(await host.invoke('backup.create', {})).toEqual({ ok: true, value: { done: false } });
    expect(asked).toEqual(['backup', 'backup']);
  });

  it('closes cleanly while a folder dialog is still open, as if it were cancelled', async () => {
    let asked = false;
    host = startCoreHost({
      workerPath: WORKER_PATH,
      execArgv: TSX_EXEC_ARGV,
      dataDir: join(dir.path, 'vault'),
      kdf: TEST_KDF,
      onChooseFolder: () => {
        asked = true;
        return new Promise<string | null>(() => {});
      },
    });
    await host.invoke('vault.create', { passphrase: STRONG_PASSPHRASE });
    const pending = host.invoke('backup.create', {});
    await expect.poll(() => asked, { timeout: 10_000 }).toBe(true);
    await host.close();
    expect(await pending).toEqual({ ok: true, value: { done: false } });
    host = null;
  });

  it('answers cancelled when the host has no folder dialog', async () => {
    host = startCoreHost({
      workerPath: WORKER_PATH,
      execArgv: TSX_EXEC_ARGV,
      dataDir: join(dir.path, 'vault'),
      kdf: TEST_KDF,
    });
    expect(
      await host.invoke('restore.fromBackup', { secret: { passphrase: STRONG_PASSPHRASE } }),
    ).toEqual({ ok: true, value: { done: false } });
  });
});
