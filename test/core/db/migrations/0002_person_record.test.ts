import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../../src-main/core/db/migrate';
import { migration0001 } from '../../../../src-main/core/db/migrations/0001_audit_events';
import { migration0002 } from '../../../../src-main/core/db/migrations/0002_person_record';
import { openTestDb } from '../../../support/open-test-db';
import type { TestDb } from '../../../support/open-test-db';

let t: TestDb;
let db: Kysely<unknown>;
beforeEach(async () => {
  t = await openTestDb();
  db = t.open.db as unknown as Kysely<unknown>;
  await migrate(db, [migration0001, migration0002]);
});
afterEach(async () => {
  await t.cleanup();
});

const now = '2026-11-23T09:00:00.000Z';
const person = (id: string) =>
  sql`INSERT INTO people (id, preferred_name, created_at, updated_at, last_activity_at)
      VALUES (${id}, 'Robin', ${now}, ${now}, ${now})`;
const note = (id: string, personId: string, type = 'phone') =>
  sql`INSERT INTO notes (id, person_id, happened_at, contact_type, duration_minutes, version, created_at, updated_at)
      VALUES (${id}, ${personId}, ${now}, ${type}, 30, 1, ${now}, ${now})`;

describe('migration 0002: the person’s record', () => {
  it('creates the tables, each keyed by an explicit integer seq', async () => {
    const tables = await sql<{
      name: string;
    }>`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`.execute(db);
    expect(tables.rows.map((r) => r.name)).toEqual(
      expect.arrayContaining([
        'people',
        'goals',
        'goal_steps',
        'notes',
        'note_goals',
        'note_versions',
        'reflections',
      ]),
    );
    for (const table of [
      'people',
      'goals',
      'goal_steps',
      'notes',
      'note_versions',
      'reflections',
    ]) {
      const columns = await sql<{
        name: string;
        pk: number;
        type: string;
      }>`SELECT * FROM pragma_table_info(${table})`.execute(db);
      expect(columns.rows.find((c) => c.pk === 1)).toMatchObject({ name: 'seq', type: 'INTEGER' });
    }
  });

  it('refuses unknown contact types and goal statuses, and notes for nobody', async () => {
    await person('p1').execute(db);
    await expect(note('n1', 'p1', 'telepathy').execute(db)).rejects.toMatchObject({
      code: 'SQLITE_CONSTRAINT_CHECK',
    });
    await expect(note('n2', 'nobody').execute(db)).rejects.toMatchObject({
      code: 'SQLITE_CONSTRAINT_FOREIGNKEY',
    });
    await expect(
      sql`INSERT INTO goals (id, person_id, in_their_words, status, created_at, updated_at)
          VALUES ('g1', 'p1', 'x', 'compliant', ${now}, ${now})`.execute(db),
    ).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_CHECK' });
  });

  it('removes a person’s notes, versions and goal links with the person', async () => {
    await person('p1').execute(db);
    await note('n1', 'p1').execute(db);
    await sql`INSERT INTO goals (id, person_id, in_their_words, status, created_at, updated_at)
              VALUES ('g1', 'p1', 'x', 'exploring', ${now}, ${now})`.execute(db);
    await sql`INSERT INTO note_goals (note_id, goal_id) VALUES ('n1', 'g1')`.execute(db);
    await sql`INSERT INTO note_versions (note_id, version, saved_at, snapshot) VALUES ('n1', 1, ${now}, '{}')`.execute(
      db,
    );
    await sql`DELETE FROM people WHERE id = 'p1'`.execute(db);
    for (const table of ['notes', 'goals', 'note_goals', 'note_versions']) {
      const count = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(
        db,
      );
      expect(count.rows[0]?.n, table).toBe(0);
    }
  });
});
