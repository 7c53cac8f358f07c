import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { DeletionCounts } from '../../contract/rights';
import { appendAudit } from '../audit/audit.service';
import type { Database } from '../db/schema';
import { AppFailure } from '../failure';
import { requirePerson } from '../people/people.service';
import type { Db, RecordDeps } from '../record/deps';

/** What the worker typed, compared as a person would read it: same letters, spaces trimmed. */
function sameName(typed: string, name: string): boolean {
  return typed.normalize('NFC').trim() === name.normalize('NFC').trim();
}

/** Every FTS5 index in the database, including those later migrations add. */
async function fullTextIndexes(db: Db): Promise<string[]> {
  const rows = await sql<{ name: string }>`SELECT name FROM sqlite_master
    WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'`.execute(db);
  return rows.rows.map((row) => row.name);
}

/**
 * An external-content FTS5 index keeps a deleted row's words in its segments, behind a delete
 * marker, until the segments are merged. `optimize` merges them all into one, which drops the
 * words; the pages freed are zeroed because `secure_delete` is on. (The test reads every page
 * back with the key: without this step the words are still there.)
 */
async function optimizeIndexes(db: Db, names: readonly string[]): Promise<void> {
  for (const name of names) {
    const table = sql.table(name);
    await sql`INSERT INTO ${table} (${table}) VALUES ('optimize')`.execute(db);
  }
}

/**
 * Deletion at the person's request: their notes with every version, their goals and steps, and
 * (by cascade) whatever else names them, in one transaction with the audit's `person.deleted`
 * (counts only). Then the write-ahead log is folded into the database and emptied, so no old
 * page with their words is left beside it.
 */
export async function deletePerson(
  db: Kysely<Database>,
  deps: RecordDeps,
  personId: string,
  confirmation: string,
): Promise<DeletionCounts> {
  const counts = await db.transaction().execute(async (trx) => {
    const person = await requirePerson(trx, personId);
    if (!sameName(confirmation, person.preferred_name)) {
      throw new AppFailure('CONFIRMATION_MISMATCH', 'The typed name does not match');
    }

    // Subqueries rather than id lists: a person with many notes must not hit SQLite's
    // limit on bound parameters. Child rows first, so each index trigger sees what it removes.
    const notesOf = trx.selectFrom('notes').select('id').where('person_id', '=', personId);
    const goalsOf = trx.selectFrom('goals').select('id').where('person_id', '=', personId);
    const versions = await trx
      .deleteFrom('note_versions')
      .where('note_id', 'in', notesOf)
      .executeTakeFirst();
    const steps = await trx
      .deleteFrom('goal_steps')
      .where('goal_id', 'in', goalsOf)
      .executeTakeFirst();
    await trx
      .deleteFrom('note_goals')
      .where((eb) => eb.or([eb('note_id', 'in', notesOf), eb('goal_id', 'in', goalsOf)]))
      .execute();
    const notes = await trx
      .deleteFrom('notes')
      .where('person_id', '=', personId)
      .executeTakeFirst();
    const goals = await trx
      .deleteFrom('goals')
      .where('person_id', '=', personId)
      .executeTakeFirst();
    // Shares go with their quotes, consents and releases by cascade (migration 0004).
    const shares = await trx
      .deleteFrom('shares')
      .where('person_id', '=', personId)
      .executeTakeFirst();
    await trx.deleteFrom('people').where('id', '=', personId).execute();
    await optimizeIndexes(trx, await fullTextIndexes(trx));

    const result: DeletionCounts = {
      notes: Number(notes.numDeletedRows),
      versions: Number(versions.numDeletedRows),
      goals: Number(goals.numDeletedRows),
      steps: Number(steps.numDeletedRows),
      shares: Number(shares.numDeletedRows),
    };
    await appendAudit(trx, deps, {
      action: 'person.deleted',
      detail: result,
      subject: { type: 'person', id: personId },
    });
    return result;
  });
  await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
  return counts;
}
