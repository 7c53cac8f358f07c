import { sql } from 'kysely';
import type { Selectable } from 'kysely';
import type { PersonTable } from '../db/schema';
import type { Db } from '../record/deps';
import { beforeKeyset } from '../record/cursor';
import type { Keyset } from '../record/cursor';

export type PersonRow = Selectable<PersonTable>;

export async function insertPerson(db: Db, row: Omit<PersonRow, 'seq'>): Promise<void> {
  await db.insertInto('people').values(row).execute();
}

export async function findPerson(db: Db, id: string): Promise<PersonRow | undefined> {
  return db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updatePerson(
  db: Db,
  id: string,
  change: Partial<Omit<PersonRow, 'seq' | 'id' | 'created_at'>>,
): Promise<void> {
  await db.updateTable('people').set(change).where('id', '=', id).execute();
}

/** Activity on the record (a note, a goal) brings the person up the home list. */
export async function touchPerson(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('people').set({ last_activity_at: at }).where('id', '=', id).execute();
}

export interface PeoplePageQuery {
  filter?: string;
  includeArchived: boolean;
  after: Keyset | null;
  limit: number;
}

/** Most recent activity first; keyset on (last_activity_at, seq), served by people_recent. */
export async function listPeople(db: Db, query: PeoplePageQuery): Promise<PersonRow[]> {
  let select = db.selectFrom('people').selectAll();
  if (!query.includeArchived) select = select.where('archived_at', 'is', null);
  const filter = query.filter?.trim();
  if (filter) {
    const pattern = `%${filter.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    select = select.where(sql<boolean>`preferred_name LIKE ${pattern} ESCAPE '\\'`);
  }
  const after = query.after;
  if (after) {
    select = select.where(beforeKeyset('last_activity_at', after));
  }
  return select
    .orderBy('last_activity_at', 'desc')
    .orderBy('seq', 'desc')
    .limit(query.limit + 1)
    .execute();
}
