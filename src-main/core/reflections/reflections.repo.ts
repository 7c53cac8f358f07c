import type { Selectable } from 'kysely';
import type { ReflectionTable } from '../db/schema';
import type { Db } from '../record/deps';
import { beforeKeyset } from '../record/cursor';
import type { Keyset } from '../record/cursor';

export type ReflectionRow = Selectable<ReflectionTable>;

export async function insertReflection(db: Db, row: Omit<ReflectionRow, 'seq'>): Promise<void> {
  await db.insertInto('reflections').values(row).execute();
}

export async function findReflection(db: Db, id: string): Promise<ReflectionRow | undefined> {
  return db.selectFrom('reflections').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateReflection(
  db: Db,
  id: string,
  change: { title: string; body: string; updated_at: string },
): Promise<void> {
  await db.updateTable('reflections').set(change).where('id', '=', id).execute();
}

export async function deleteReflection(db: Db, id: string): Promise<void> {
  await db.deleteFrom('reflections').where('id', '=', id).execute();
}

/** Most recently written first; keyset on (updated_at, seq), served by reflections_recent. */
export async function listReflections(
  db: Db,
  after: Keyset | null,
  limit: number,
): Promise<ReflectionRow[]> {
  let select = db.selectFrom('reflections').selectAll();
  if (after) {
    select = select.where(beforeKeyset('updated_at', after));
  }
  return select
    .orderBy('updated_at', 'desc')
    .orderBy('seq', 'desc')
    .limit(limit + 1)
    .execute();
}
