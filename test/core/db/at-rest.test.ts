import { randomBytes } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../../src-main/core/db/integrity';
import { openDatabase } from '../../../src-main/core/db/open';
import { MemoryLogger } from '../../support/core-fixture';
import { openTestDb } from '../../support/open-test-db';
import type { TestDb } from '../../support/open-test-db';

const CANARY = 'CANARY-db-7f3a9c-plaintext-must-not-appear';

let t: TestDb;
beforeEach(async () => {
  t = await openTestDb();
});
afterEach(async () => {
  await t.cleanup();
});

async function allBytes(dir: string): Promise<Buffer> {
  const names = await readdir(dir);
  return Buffer.concat(await Promise.all(names.map((name) => readFile(join(dir, name)))));
}

describe('the database at rest', () => {
  it('has no SQLite header and no plaintext, in the main file, the WAL or the SHM', async () => {
    await sql`CREATE TABLE canary (text TEXT)`.execute(t.open.db);
    for (let i = 0; i < 50; i += 1) {
      await sql`INSERT INTO canary (text) VALUES (${`${CANARY} ${i}`})`.execute(t.open.db);
    }
    const main = await readFile(t.file);
    expect(main.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\u0000');
    const everything = await allBytes(t.dir);
    expect((await readdir(t.dir)).sort()).toEqual([
      'alongside.db',
      'alongside.db-shm',
      'alongside.db-wal',
    ]);
    expect(everything.includes(Buffer.from('CANARY-db'))).toBe(false);
    expect(everything.includes(Buffer.from('SQLite format 3'))).toBe(false);
    const check = await sql<{ text: string }>`SELECT text FROM canary LIMIT 1`.execute(t.open.db);
    expect(check.rows[0]?.text).toBe(`${CANARY} 0`);
  });

  it('sets the durability and privacy pragmas', async () => {
    const value = (name: string) => t.open.raw.pragma(name, { simple: true });
    expect(value('journal_mode')).toBe('wal');
    expect(value('synchronous')).toBe(2);
    expect(value('foreign_keys')).toBe(1);
    expect(value('secure_delete')).toBe(1);
    expect(value('cache_size')).toBe(-65536);
    expect(value('temp_store')).toBe(2);
    expect(String(value('cipher_version'))).toMatch(/^4\./);
  });

  it('refuses a wrong key cleanly, with a code and no crash', async () => {
    await sql`CREATE TABLE t (x)`.execute(t.open.db);
    await t.open.close();
    const logger = new MemoryLogger();
    expect(() => openDatabase(t.file, randomBytes(32), logger)).toThrow(
      expect.objectContaining({ code: 'DATABASE_DAMAGED' }),
    );
    const again = openDatabase(t.file, t.key, logger);
    expect(again.raw.prepare('SELECT count(*) AS n FROM sqlite_master').get()).toEqual({ n: 1 });
    await again.close();
  });

  it('reports an intact file, and an HMAC failure on a tampered page', async () => {
    await sql`CREATE TABLE t (x TEXT)`.execute(t.open.db);
    for (let i = 0; i < 200; i += 1)
      await sql`INSERT INTO t VALUES (${'x'.repeat(200)})`.execute(t.open.db);
    t.open.raw.pragma('wal_checkpoint(TRUNCATE)');
    expect(checkIntegrity(t.open.raw)).toEqual({ cipherOk: true, structureOk: true, problems: [] });
    await t.open.close();

    const { open: openFile } = await import('node:fs/promises');
    const handle = await openFile(t.file, 'r+');
    await handle.write(Buffer.from([0xde, 0xad, 0xbe, 0xef]), 0, 4, 4096 * 3 + 100);
    await handle.close();
    const reopened = openDatabase(t.file, t.key, new MemoryLogger());
    const report = checkIntegrity(reopened.raw);
    expect(report.cipherOk).toBe(false);
    expect(report.problems.join(' ')).toMatch(/hmac|page/i);
    await reopened.close();
  });
});
