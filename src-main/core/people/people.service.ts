import type { Kysely } from 'kysely';
import type { Person, PersonFields, PersonSummary } from '../../contract';
import { appendAudit } from '../audit/audit.service';
import type { Database } from '../db/schema';
import { AppFailure } from '../failure';
import { DEFAULT_PAGE, decodeCursor, pageFrom } from '../record/cursor';
import { nowIso } from '../record/deps';
import type { Db, RecordDeps } from '../record/deps';
import { findPerson, insertPerson, listPeople, updatePerson } from './people.repo';
import type { PersonRow } from './people.repo';

export function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    preferredName: row.preferred_name,
    pronouns: row.pronouns,
    contactPreference: row.contact_preference,
    aboutInTheirWords: row.about,
    strengths: row.strengths,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastActivityAt: row.last_activity_at,
    archivedAt: row.archived_at,
  };
}

function toSummary(row: PersonRow): PersonSummary {
  return {
    id: row.id,
    preferredName: row.preferred_name,
    pronouns: row.pronouns,
    lastActivityAt: row.last_activity_at,
    archivedAt: row.archived_at,
  };
}

function columns(fields: PersonFields) {
  return {
    preferred_name: fields.preferredName,
    pronouns: fields.pronouns,
    contact_preference: fields.contactPreference,
    about: fields.aboutInTheirWords,
    strengths: fields.strengths,
  };
}

export async function requirePerson(db: Db, id: string): Promise<PersonRow> {
  const row = await findPerson(db, id);
  if (!row) throw new AppFailure('NOT_FOUND', 'No such person');
  return row;
}

export async function createPerson(
  db: Kysely<Database>,
  deps: RecordDeps,
  fields: PersonFields,
): Promise<Person> {
  const id = deps.newId();
  const now = nowIso(deps);
  return db.transaction().execute(async (trx) => {
    await insertPerson(trx, {
      id,
      ...columns(fields),
      created_at: now,
      updated_at: now,
      last_activity_at: now,
      archived_at: null,
    });
    await appendAudit(trx, deps, {
      action: 'person.created',
      detail: {},
      subject: { type: 'person', id },
    });
    return toPerson(await requirePerson(trx, id));
  });
}

export async function updatePersonFields(
  db: Kysely<Database>,
  deps: RecordDeps,
  id: string,
  fields: PersonFields,
): Promise<Person> {
  const now = nowIso(deps);
  return db.transaction().execute(async (trx) => {
    await requirePerson(trx, id);
    await updatePerson(trx, id, { ...columns(fields), updated_at: now, last_activity_at: now });
    await appendAudit(trx, deps, {
      action: 'person.updated',
      detail: {},
      subject: { type: 'person', id },
    });
    return toPerson(await requirePerson(trx, id));
  });
}

/** Archiving hides a person from the home list; nothing about them is deleted. */
export async function setArchived(
  db: Kysely<Database>,
  deps: RecordDeps,
  id: string,
  archived: boolean,
): Promise<Person> {
  const now = nowIso(deps);
  return db.transaction().execute(async (trx) => {
    const row = await requirePerson(trx, id);
    if ((row.archived_at !== null) === archived) return toPerson(row);
    await updatePerson(trx, id, { archived_at: archived ? now : null, updated_at: now });
    await appendAudit(trx, deps, {
      action: archived ? 'person.archived' : 'person.unarchived',
      detail: {},
      subject: { type: 'person', id },
    });
    return toPerson(await requirePerson(trx, id));
  });
}

export async function getPerson(db: Kysely<Database>, id: string): Promise<Person> {
  return toPerson(await requirePerson(db, id));
}

export async function pagePeople(
  db: Kysely<Database>,
  input: { filter?: string; includeArchived?: boolean; cursor?: string | null; limit?: number },
): Promise<{ items: PersonSummary[]; nextCursor: string | null }> {
  const limit = input.limit ?? DEFAULT_PAGE;
  const rows = await listPeople(db, {
    filter: input.filter,
    includeArchived: input.includeArchived ?? false,
    after: decodeCursor(input.cursor),
    limit,
  });
  return pageFrom(rows, limit, toSummary, (row) => ({ key: row.last_activity_at, seq: row.seq }));
}
