import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../../src-main/core/db/migrate';
import { MIGRATIONS } from '../../../../src-main/core/db/migrations';
import { openTestDb } from '../../../support/open-test-db';
import type { TestDb } from '../../../support/open-test-db';

let t: TestDb;
let db: Kysely<unknown>;
beforeEach(async () => {
  t = await openTestDb();
  db = t.open.db as unknown as Kysely<unknown>;
  await migrate(db, MIGRATIONS.slice(0, 3));
});
afterEach(async () => {
  await t.cleanup();
});

const now = '2026-11-23T09:00:00.000Z';
const matches = async (word: string) =>
  (
    await sql<{
      rowid: number;
    }>`SELECT rowid FROM reflections_fts WHERE reflections_fts MATCH ${word}`.execute(db)
  ).rows.length;

describe('migration 0003: the search index', () => {
  it('creates one FTS5 external-content table per kind', async () => {
    const rows = await sql<{
      name: string;
      sql: string;
    }>`SELECT name, sql FROM sqlite_master WHERE name LIKE '%_fts'`.execute(db);
    expect(rows.rows.map((r) => r.name).sort()).toEqual([
      'goals_fts',
      'notes_fts',
      'people_fts',
      'reflections_fts',
    ]);
    for (const row of rows.rows) expect(row.sql).toMatch(/content='\w+', content_rowid='seq'/);
  });

  it('keeps the index in step on insert, update and delete, and ignores accents', async () => {
    await sql`INSERT INTO reflections (id, title, body, created_at, updated_at) VALUES ('r1', 'Réunion', 'garden', ${now}, ${now})`.execute(
      db,
    );
    expect(await matches('reunion')).toBe(1);
    await sql`UPDATE reflections SET body = 'library' WHERE id = 'r1'`.execute(db);
    expect(await matches('garden')).toBe(0);
    expect(await matches('library')).toBe(1);
    await sql`DELETE FROM reflections WHERE id = 'r1'`.execute(db);
    expect(await matches('library')).toBe(0);
    const check =
      await sql`INSERT INTO reflections_fts (reflections_fts) VALUES ('integrity-check')`.execute(
        db,
      );
    expect(check.rows).toEqual([]);
  });
});
