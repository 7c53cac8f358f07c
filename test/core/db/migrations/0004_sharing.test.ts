import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../../src-main/core/db/migrate';
import { MIGRATIONS } from '../../../../src-main/core/db/migrations';
import { migration0004 } from '../../../../src-main/core/db/migrations/0004_sharing';
import { openTestDb } from '../../../support/open-test-db';
import type { TestDb } from '../../../support/open-test-db';

let t: TestDb;
let db: Kysely<unknown>;
beforeEach(async () => {
  t = await openTestDb();
  db = t.open.db as unknown as Kysely<unknown>;
  await migrate(db, MIGRATIONS.slice(0, 4));
});
afterEach(async () => {
  await t.cleanup();
});

const now = '2026-11-23T09:00:00.000Z';
const hash = 'a'.repeat(64);
const statements = '{"version":"v","language":"en","items":[]}';

async function seed(): Promise<void> {
  await sql`INSERT INTO people (id, preferred_name, created_at, updated_at, last_activity_at)
            VALUES ('p1', 'Robin', ${now}, ${now}, ${now})`.execute(db);
  await sql`INSERT INTO notes (id, person_id, happened_at, contact_type, duration_minutes, version, created_at, updated_at)
            VALUES ('n1', 'p1', ${now}, 'phone', 30, 1, ${now}, ${now})`.execute(db);
  await sql`INSERT INTO recipients (id, name, organisation, role, created_at, updated_at)
            VALUES ('r1', 'Dr Lee', 'Eastside Clinic', 'GP', ${now}, ${now})`.execute(db);
  await sql`INSERT INTO shares (id, person_id, recipient_id, purpose, body, status, content_version, created_at, updated_at)
            VALUES ('s1', 'p1', 'r1', 'Housing letter', 'text', 'approved', 1, ${now}, ${now})`.execute(
    db,
  );
  await sql`INSERT INTO share_quotes (id, share_id, note_id, note_happened_at, position, text)
            VALUES ('q1', 's1', 'n1', ${now}, 0, 'words')`.execute(db);
  await consent('c1', 'given', 'pdf').execute(db);
  await release('x1', 'c1').execute(db);
}

const consent = (id: string, decision: string, format: string | null) =>
  sql`INSERT INTO consents (id, share_id, person_id, decision, status, recorded_by, recipient_id,
        recipient_label, purpose, content_sha256, content_version, format, action, expires_at,
        decided_at, method, typed_name, statements)
      VALUES (${id}, 's1', 'p1', ${decision}, ${decision === 'given' ? 'active' : 'declined'},
        'worker', 'r1', 'Dr Lee, GP, Eastside Clinic', 'Housing letter', ${hash}, 1, ${format},
        ${format ? 'release_once' : null}, ${format ? now : null}, ${now}, 'side_by_side',
        ${format ? 'Robin' : null}, ${statements})`;

const release = (id: string, consentId: string) =>
  sql`INSERT INTO releases (id, share_id, consent_id, recipient_label, format, file_name, file_sha256, released_at)
      VALUES (${id}, 's1', ${consentId}, 'Dr Lee', 'pdf', 'share.pdf', ${hash}, ${now})`;

const count = async (table: string) =>
  (await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(db)).rows[0]?.n;

describe('migration 0004: the clinical-facing space', () => {
  it('is the fourth step and creates its tables, each keyed by an explicit integer seq', async () => {
    expect(migration0004.version).toBe(4);
    expect(MIGRATIONS[3]).toBe(migration0004);
    for (const table of ['recipients', 'shares', 'share_quotes', 'consents', 'releases']) {
      const columns = await sql<{
        name: string;
        pk: number;
        type: string;
      }>`SELECT * FROM pragma_table_info(${table})`.execute(db);
      expect(
        columns.rows.find((c) => c.pk === 1),
        table,
      ).toMatchObject({
        name: 'seq',
        type: 'INTEGER',
      });
      expect(columns.rows.map((c) => c.name)).toContain('id');
    }
    const indexes = await sql<{
      name: string;
    }>`SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'`.execute(
      db,
    );
    expect(indexes.rows.map((r) => r.name)).toEqual(
      expect.arrayContaining([
        'recipients_list',
        'shares_person',
        'consents_share',
        'releases_share',
      ]),
    );
  });

  it('lists a person’s shares from the index, newest first', async () => {
    const plan = await sql<{ detail: string }>`EXPLAIN QUERY PLAN
      SELECT * FROM shares WHERE person_id = 'p1' ORDER BY updated_at DESC, seq DESC LIMIT 51`.execute(
      db,
    );
    const text = plan.rows.map((r) => r.detail).join('\n');
    expect(text).toContain('shares_person');
    expect(text).not.toContain('TEMP B-TREE');
  });

  it('refuses unknown statuses, formats and a given consent without its limits', async () => {
    await seed();
    await expect(
      sql`UPDATE shares SET status = 'sent_anyway' WHERE id = 's1'`.execute(db),
    ).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_CHECK' });
    await expect(consent('c2', 'given', 'fax').execute(db)).rejects.toMatchObject({
      code: 'SQLITE_CONSTRAINT_CHECK',
    });
    // A refusal permits nothing: it cannot carry a format.
    await expect(consent('c3', 'declined', 'pdf').execute(db)).rejects.toMatchObject({
      code: 'SQLITE_CONSTRAINT_CHECK',
    });
    await consent('c4', 'declined', null).execute(db);
    await expect(consent('c5', 'given', null).execute(db)).rejects.toMatchObject({
      code: 'SQLITE_CONSTRAINT_CHECK',
    });
  });

  it('allows one release per consent', async () => {
    await seed();
    await expect(release('x2', 'c1').execute(db)).rejects.toMatchObject({
      code: 'SQLITE_CONSTRAINT_UNIQUE',
    });
  });

  it('a recipient with shares cannot be removed from under them', async () => {
    await seed();
    await expect(sql`DELETE FROM recipients WHERE id = 'r1'`.execute(db)).rejects.toMatchObject({
      code: 'SQLITE_CONSTRAINT_FOREIGNKEY',
    });
  });

  it('removes a person’s shares, quotes, consents and releases with the person', async () => {
    await seed();
    await sql`DELETE FROM people WHERE id = 'p1'`.execute(db);
    for (const table of ['shares', 'share_quotes', 'consents', 'releases']) {
      expect(await count(table), table).toBe(0);
    }
    // The recipient list is the worker's, not the person's.
    expect(await count('recipients')).toBe(1);
  });
});
