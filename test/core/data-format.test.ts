import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../src-main/core/db/migrations';
import { STRONG_PASSPHRASE, call, makeCore } from '../support/core-fixture';
import { recoverDataKey } from '../support/recover-data-key';

/**
 * The procedure in docs/DATA-FORMAT.md, carried out as IT would: the recovery code and vault.json
 * give the raw key (Argon2id + AES-256-GCM), and an independent SQLCipher 4 implementation
 * (SQLite3MultipleCiphers, not the addon the app uses) opens the database with it.
 */
describe('recovering a vault with standard tools', () => {
  it('opens the database from the recovery code with an independent SQLCipher 4 reader', async () => {
    const f = await makeCore();
    try {
      const { recoveryCode } = (await call(f.core, 'vault.create', {
        passphrase: STRONG_PASSPHRASE,
      })) as {
        recoveryCode: string;
      };
      await call(f.core, 'settings.setIdleLock', { minutes: 9 });
      await call(f.core, 'vault.lock');

      const envelope = JSON.parse(await readFile(join(f.dataDir, 'vault.json'), 'utf8'));
      expect(envelope).toMatchObject({
        format: 'alongside-vault',
        version: 1,
        database: { file: 'alongside.db', cipher: 'sqlcipher-4-raw-key' },
      });
      const key = await recoverDataKey(envelope, 'recoveryCode', recoveryCode.toLowerCase());
      expect(key).toHaveLength(32);
      expect(await recoverDataKey(envelope, 'passphrase', STRONG_PASSPHRASE)).toEqual(key);

      const db = new Database(join(f.dataDir, 'alongside.db'), { readonly: true });
      try {
        db.pragma(`cipher = 'sqlcipher'`);
        db.pragma('legacy = 4');
        db.pragma(`key = "x'${key.toString('hex')}'"`);
        const actions = db.prepare('SELECT action FROM audit_events ORDER BY seq').pluck().all();
        expect(actions).toEqual(['vault.created', 'settings.idle_lock_changed', 'vault.locked']);
        expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      } finally {
        db.close();
      }
    } finally {
      await f.cleanup();
    }
  });

  it('fails with the wrong recovery code, as GCM authentication should', async () => {
    const f = await makeCore();
    try {
      await call(f.core, 'vault.create', { passphrase: STRONG_PASSPHRASE });
      const envelope = JSON.parse(await readFile(join(f.dataDir, 'vault.json'), 'utf8'));
      await expect(
        recoverDataKey(envelope, 'recoveryCode', '0000-0000-0000-0000-0000-0000'),
      ).rejects.toThrow(/authenticate/);
    } finally {
      await f.cleanup();
    }
  });
});
