import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../src-main/core/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../src-main/core/db/migrations';
import type { Migration } from '../../../src-main/core/db/migrations/migration';
import { openTestDb } from '../../support/open-test-db';
import type { TestDb } from '../../support/open-test-db';

let t: TestDb;
let db: Kysely<unknown>;
beforeEach(async () => {
  t = await openTestDb();
  db = t.open.db as unknown as Kysely<unknown>;
});
afterEach(async () => {
  await t.cleanup();
});

describe('migrations', () => {
  it('are numbered 1..n in the static list', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('bring an empty database to the latest version, and do nothing the second time', async () => {
    expect(await migrate(db)).toEqual({ from: 0, to: LATEST_SCHEMA_VERSION });
    expect(await schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(await migrate(db)).toEqual({ from: LATEST_SCHEMA_VERSION, to: LATEST_SCHEMA_VERSION });
  });

  it('refuse a database newer than the app, and leave it untouched', async () => {
    await migrate(db);
    await sql.raw(`PRAGMA user_version = ${LATEST_SCHEMA_VERSION + 1}`).execute(db);
    await expect(migrate(db)).rejects.toMatchObject({ code: 'DATABASE_NEWER' });
    expect(await schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION + 1);
  });

  it('roll back a failing migration whole, version included', async () => {
    const failing: Migration = {
      version: LATEST_SCHEMA_VERSION + 1,
      name: 'fails_half_way',
      async up(trx) {
        await sql`CREATE TABLE half (x)`.execute(trx);
        throw new Error('boom');
      },
    };
    await expect(migrate(db, [...MIGRATIONS, failing])).rejects.toThrow('boom');
    expect(await schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    const tables = await sql<{
      name: string;
    }>`SELECT name FROM sqlite_master WHERE name = 'half'`.execute(db);
    expect(tables.rows).toEqual([]);
  });

  it('refuse a list with a gap in its numbers', async () => {
    const skipped: Migration = {
      version: LATEST_SCHEMA_VERSION + 2,
      name: 'skips',
      up: async () => {},
    };
    await expect(migrate(db, [...MIGRATIONS, skipped])).rejects.toThrow(/numbered/);
  });
});
