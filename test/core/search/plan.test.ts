import { sql } from 'kysely';
import type { Kysely, RawBuilder } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../src-main/core/db/migrate';
import type { Database } from '../../../src-main/core/db/schema';
import {
  goalsMatching,
  notesMatching,
  peopleMatching,
  reflectionsMatching,
} from '../../../src-main/core/search/search.repo';
import { openTestDb } from '../../support/open-test-db';
import type { TestDb } from '../../support/open-test-db';

/**
 * Searches stay fast only while the FTS index drives the plan and orders by rank itself
 * (ENVIRONMENT.md). These are the statements search() runs; a change that makes SQLite scan a
 * source table, or sort outside the index, fails here instead of slowing down a real caseload.
 */
let t: TestDb;
let db: Kysely<Database>;

beforeAll(async () => {
  t = await openTestDb();
  db = t.open.db;
  await migrate(db as unknown as Kysely<unknown>);
});
afterAll(async () => {
  await t.cleanup();
});

async function plan(statement: RawBuilder<unknown>): Promise<string[]> {
  const { rows } = await sql<{ detail: string }>`EXPLAIN QUERY PLAN ${statement}`.execute(db);
  return rows.map((row) => row.detail);
}

const MATCH = '"garden" "bus"*';
const PERSON = '6f1c2d9e-6a43-4c3a-9d3e-1f4b8a2c7e55';

const cases: { name: string; table: string; statement: RawBuilder<unknown> }[] = [
  { name: 'people', table: 'people', statement: peopleMatching(MATCH, undefined, 20) },
  { name: 'people, one person', table: 'people', statement: peopleMatching(MATCH, PERSON, 20) },
  { name: 'goals', table: 'goals', statement: goalsMatching(MATCH, undefined, 20) },
  { name: 'goals, one person', table: 'goals', statement: goalsMatching(MATCH, PERSON, 20) },
  { name: 'notes', table: 'notes', statement: notesMatching(MATCH, undefined, 20) },
  { name: 'notes, one person', table: 'notes', statement: notesMatching(MATCH, PERSON, 20) },
  { name: 'reflections', table: 'reflections', statement: reflectionsMatching(MATCH, 20) },
];

describe('the search query plans', () => {
  it.each(cases)(
    '$name: the FTS index leads, ranks, and the rows are fetched by key',
    async (c) => {
      const lines = await plan(c.statement);
      expect(lines[0]).toMatch(new RegExp(`^SCAN ${c.table}_fts VIRTUAL TABLE INDEX \\d+:M`));
      expect(lines.slice(1)).toEqual([`SEARCH ${c.table} USING INTEGER PRIMARY KEY (rowid=?)`]);
      expect(lines.some((line) => new RegExp(`^SCAN ${c.table}\\b(?!_fts)`).test(line))).toBe(
        false,
      );
      expect(lines.some((line) => line.includes('TEMP B-TREE'))).toBe(false);
    },
  );

  it('hold when the statistics favour the person index', async () => {
    // With statistics saying a person has few notes, a plain JOIN would start from notes_person.
    await sql`ANALYZE`.execute(db);
    await sql`INSERT OR REPLACE INTO sqlite_stat1 (tbl, idx, stat) VALUES
      ('notes', 'notes_person', '1000000 1 1 1'),
      ('goals', 'goals_person', '1000000 1 1')`.execute(db);
    await sql`ANALYZE sqlite_schema`.execute(db);
    for (const statement of [notesMatching(MATCH, PERSON, 20), goalsMatching(MATCH, PERSON, 20)]) {
      const lines = await plan(statement);
      expect(lines[0]).toMatch(/^SCAN (notes|goals)_fts VIRTUAL TABLE INDEX \d+:M/);
      expect(lines.some((line) => line.includes('_person'))).toBe(false);
    }
  });
});
