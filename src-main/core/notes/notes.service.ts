import type { Kysely, Transaction } from 'kysely';
import type {
  Note,
  NoteFields,
  NoteSaved,
  NoteSummary,
  NoteVersion,
  NoteVersionSummary,
} from '../../contract';
import { appendAudit } from '../audit/audit.service';
import type { Database } from '../db/schema';
import { AppFailure } from '../failure';
import { goalIdsOfPerson } from '../goals/goals.repo';
import { touchPerson } from '../people/people.repo';
import { requirePerson } from '../people/people.service';
import { DEFAULT_PAGE, decodeCursor, pageFrom } from '../record/cursor';
import { nowIso } from '../record/deps';
import type { Db, RecordDeps } from '../record/deps';
import {
  findNote,
  findVersion,
  goalIdsOfNote,
  insertNote,
  insertVersion,
  listNotesOfPerson,
  listVersions,
  replaceNoteGoals,
  updateNote,
} from './notes.repo';
import type { NoteRow } from './notes.repo';
import { canonicalFields, fieldsOfRow, parseSnapshot, rowColumns, snapshotJson } from './snapshot';

async function requireNote(db: Db, id: string): Promise<NoteRow> {
  const row = await findNote(db, id);
  if (!row) throw new AppFailure('NOT_FOUND', 'No such note');
  return row;
}

async function toNote(db: Db, row: NoteRow): Promise<Note> {
  return {
    id: row.id,
    personId: row.person_id,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...fieldsOfRow(row, await goalIdsOfNote(db, row.id)),
  };
}

/** Goals touched must be this person's goals: a note never links into another record. */
async function requireOwnGoals(db: Db, personId: string, goalIds: string[]): Promise<void> {
  const wanted = [...new Set(goalIds)];
  const own = await goalIdsOfPerson(db, personId, wanted);
  if (own.length !== wanted.length) {
    throw new AppFailure('INVALID_INPUT', 'goalIds: a goal does not belong to this person');
  }
}

export async function createNote(
  db: Kysely<Database>,
  deps: RecordDeps,
  personId: string,
  fields: NoteFields,
): Promise<Note> {
  const id = deps.newId();
  const now = nowIso(deps);
  const canonical = canonicalFields(fields);
  return db.transaction().execute(async (trx) => {
    await requirePerson(trx, personId);
    await requireOwnGoals(trx, personId, canonical.goalIds);
    await insertNote(trx, {
      id,
      person_id: personId,
      ...rowColumns(canonical),
      version: 1,
      created_at: now,
      updated_at: now,
    });
    await replaceNoteGoals(trx, id, canonical.goalIds);
    await insertVersion(trx, {
      note_id: id,
      version: 1,
      saved_at: now,
      restored_from: null,
      snapshot: snapshotJson(canonical),
    });
    await touchPerson(trx, personId, now);
    await appendAudit(trx, deps, {
      action: 'note.created',
      detail: { person: personId },
      subject: { type: 'note', id },
    });
    return toNote(trx, await requireNote(trx, id));
  });
}

/**
 * Writes the new content and its version in one transaction: the note row, the goal links, the
 * version snapshot and the audit event commit together or not at all.
 */
async function writeVersion(
  trx: Transaction<Database>,
  deps: RecordDeps,
  note: NoteRow,
  fields: NoteFields,
  restoredFrom: number | null,
): Promise<NoteSaved> {
  const now = nowIso(deps);
  const version = note.version + 1;
  await requireOwnGoals(trx, note.person_id, fields.goalIds);
  await updateNote(trx, note.id, { ...rowColumns(fields), version, updated_at: now });
  await replaceNoteGoals(trx, note.id, fields.goalIds);
  await insertVersion(trx, {
    note_id: note.id,
    version,
    saved_at: now,
    restored_from: restoredFrom,
    snapshot: snapshotJson(fields),
  });
  await touchPerson(trx, note.person_id, now);
  const subject = { type: 'note', id: note.id };
  if (restoredFrom === null) {
    await appendAudit(trx, deps, { action: 'note.saved', detail: { version }, subject });
  } else {
    await appendAudit(trx, deps, {
      action: 'note.restored',
      detail: { version, from: restoredFrom },
      subject,
    });
  }
  return { id: note.id, version, changed: true, savedAt: now };
}

/** Autosave. A save whose content equals the latest version changes nothing and adds nothing. */
export async function saveNote(
  db: Kysely<Database>,
  deps: RecordDeps,
  id: string,
  fields: NoteFields,
): Promise<NoteSaved> {
  return db.transaction().execute(async (trx) => {
    const note = await requireNote(trx, id);
    const current = fieldsOfRow(note, await goalIdsOfNote(trx, id));
    if (snapshotJson(current) === snapshotJson(fields)) {
      return { id, version: note.version, changed: false, savedAt: note.updated_at };
    }
    return writeVersion(trx, deps, note, canonicalFields(fields), null);
  });
}

/** Restoring makes the old content the newest version; history is never rewritten. */
export async function restoreNote(
  db: Kysely<Database>,
  deps: RecordDeps,
  id: string,
  version: number,
): Promise<Note> {
  return db.transaction().execute(async (trx) => {
    const note = await requireNote(trx, id);
    const old = await findVersion(trx, id, version);
    if (!old) throw new AppFailure('NOT_FOUND', 'No such version');
    await writeVersion(trx, deps, note, parseSnapshot(old.snapshot), version);
    return toNote(trx, await requireNote(trx, id));
  });
}

export async function getNote(db: Kysely<Database>, id: string): Promise<Note> {
  return toNote(db, await requireNote(db, id));
}

export async function noteVersions(
  db: Kysely<Database>,
  noteId: string,
): Promise<NoteVersionSummary[]> {
  await requireNote(db, noteId);
  const rows = await listVersions(db, noteId);
  return rows.map((row) => ({
    version: row.version,
    savedAt: row.saved_at,
    restoredFrom: row.restored_from,
  }));
}

export async function noteVersion(
  db: Kysely<Database>,
  noteId: string,
  version: number,
): Promise<NoteVersion> {
  const row = await findVersion(db, noteId, version);
  if (!row) throw new AppFailure('NOT_FOUND', 'No such version');
  return {
    noteId,
    version: row.version,
    savedAt: row.saved_at,
    restoredFrom: row.restored_from,
    fields: parseSnapshot(row.snapshot),
  };
}

export async function pageNotes(
  db: Kysely<Database>,
  input: { personId: string; cursor?: string | null; limit?: number },
): Promise<{ items: NoteSummary[]; nextCursor: string | null }> {
  await requirePerson(db, input.personId);
  const limit = input.limit ?? DEFAULT_PAGE;
  const rows = await listNotesOfPerson(db, input.personId, decodeCursor(input.cursor), limit);
  return pageFrom(
    rows,
    limit,
    (row) => ({
      id: row.id,
      personId: row.person_id,
      happenedAt: row.happened_at,
      contactType: row.contact_type as NoteSummary['contactType'],
      durationMinutes: row.duration_minutes,
      preview: row.preview,
      version: row.version,
      updatedAt: row.updated_at,
    }),
    (row) => ({ key: row.happened_at, seq: row.seq }),
  );
}
