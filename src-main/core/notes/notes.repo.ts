import type { Selectable } from 'kysely';
import type { NoteTable, NoteVersionTable } from '../db/schema';
import type { Db } from '../record/deps';
import { beforeKeyset } from '../record/cursor';
import type { Keyset } from '../record/cursor';

export type NoteRow = Selectable<NoteTable>;
export type NoteVersionRow = Selectable<NoteVersionTable>;

export async function insertNote(db: Db, row: Omit<NoteRow, 'seq'>): Promise<void> {
  await db.insertInto('notes').values(row).execute();
}

export async function findNote(db: Db, id: string): Promise<NoteRow | undefined> {
  return db.selectFrom('notes').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateNote(
  db: Db,
  id: string,
  change: Partial<Omit<NoteRow, 'seq' | 'id'>>,
): Promise<void> {
  await db.updateTable('notes').set(change).where('id', '=', id).execute();
}

export async function goalIdsOfNote(db: Db, noteId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('note_goals')
    .select('goal_id')
    .where('note_id', '=', noteId)
    .orderBy('goal_id')
    .execute();
  return rows.map((row) => row.goal_id);
}

export async function replaceNoteGoals(db: Db, noteId: string, goalIds: string[]): Promise<void> {
  await db.deleteFrom('note_goals').where('note_id', '=', noteId).execute();
  if (goalIds.length > 0) {
    await db
      .insertInto('note_goals')
      .values(goalIds.map((goalId) => ({ note_id: noteId, goal_id: goalId })))
      .execute();
  }
}

export async function insertVersion(db: Db, row: Omit<NoteVersionRow, 'seq'>): Promise<void> {
  await db.insertInto('note_versions').values(row).execute();
}

export async function findVersion(
  db: Db,
  noteId: string,
  version: number,
): Promise<NoteVersionRow | undefined> {
  return db
    .selectFrom('note_versions')
    .selectAll()
    .where('note_id', '=', noteId)
    .where('version', '=', version)
    .executeTakeFirst();
}

export async function listVersions(db: Db, noteId: string): Promise<NoteVersionRow[]> {
  return db
    .selectFrom('note_versions')
    .selectAll()
    .where('note_id', '=', noteId)
    .orderBy('version', 'desc')
    .execute();
}

export interface NoteSummaryRow {
  seq: number;
  id: string;
  person_id: string;
  happened_at: string;
  contact_type: string;
  duration_minutes: number;
  version: number;
  updated_at: string;
  preview: string;
}

/** Newest first; keyset on (happened_at, seq), read from the covering index notes_person. */
export function notesOfPersonQuery(db: Db, personId: string, after: Keyset | null, limit: number) {
  let select = db
    .selectFrom('notes')
    .select([
      'seq',
      'id',
      'person_id',
      'happened_at',
      'contact_type',
      'duration_minutes',
      'version',
      'updated_at',
      'preview',
    ])
    .where('person_id', '=', personId);
  if (after) {
    select = select.where(beforeKeyset('happened_at', after));
  }
  return select
    .orderBy('happened_at', 'desc')
    .orderBy('seq', 'desc')
    .limit(limit + 1);
}

export async function listNotesOfPerson(
  db: Db,
  personId: string,
  after: Keyset | null,
  limit: number,
): Promise<NoteSummaryRow[]> {
  return notesOfPersonQuery(db, personId, after, limit).execute();
}
