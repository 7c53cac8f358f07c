import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../../src-main/core/db/migrate';
import { migration0001 } from '../../../../src-main/core/db/migrations/0001_audit_events';
import { openTestDb } from '../../../support/open-test-db';
import type { TestDb } from '../../../support/open-test-db';

let t: TestDb;
let db: Kysely<unknown>;
beforeEach(async () => {
  t = await openTestDb();
  db = t.open.db as unknown as Kysely<unknown>;
  await migrate(db, [migration0001]);
});
afterEach(async () => {
  await t.cleanup();
});

const row = (seq: number) => sql`INSERT INTO audit_events
  (seq, id, at, actor, action, subject_type, subject_id, detail, prev_hash, hash)
  VALUES (${seq}, ${`id-${seq}`}, '2026-01-01T00:00:00.000Z', 'worker', 'vault.created', NULL, NULL, '{}', 'p', 'h')`;

describe('migration 0001: audit_events', () => {
  it('creates the table with its columns', async () => {
    const columns = await sql<{
      name: string;
      notnull: number;
      pk: number;
    }>`PRAGMA table_info(audit_events)`.execute(db);
    expect(columns.rows.map((c) => c.name)).toEqual([
      'seq',
      'id',
      'at',
      'actor',
      'action',
      'subject_type',
      'subject_id',
      'detail',
      'prev_hash',
      'hash',
    ]);
    expect(columns.rows.find((c) => c.name === 'seq')?.pk).toBe(1);
  });

  it('makes the table append-only: updates and deletes are refused', async () => {
    await row(1).execute(db);
    await expect(sql`UPDATE audit_events SET action = 'x'`.execute(db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`DELETE FROM audit_events`.execute(db)).rejects.toThrow(/append-only/);
    const count = await sql<{ n: number }>`SELECT count(*) AS n FROM audit_events`.execute(db);
    expect(count.rows[0]?.n).toBe(1);
  });

  it('refuses a duplicate event id', async () => {
    await row(1).execute(db);
    await expect(
      sql`INSERT INTO audit_events (seq, id, at, actor, action, detail, prev_hash, hash)
          VALUES (2, 'id-1', 'a', 'w', 'x', '{}', 'p', 'h')`.execute(db),
    ).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_UNIQUE' });
  });
});
