import type { Selectable } from 'kysely';
import type { RecipientTable } from '../db/schema';
import type { Db } from '../record/deps';

export type RecipientRow = Selectable<RecipientTable>;

export async function insertRecipient(db: Db, row: Omit<RecipientRow, 'seq'>): Promise<void> {
  await db.insertInto('recipients').values(row).execute();
}

export async function findRecipient(db: Db, id: string): Promise<RecipientRow | undefined> {
  return db.selectFrom('recipients').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateRecipient(
  db: Db,
  id: string,
  change: Partial<Omit<RecipientRow, 'seq' | 'id'>>,
): Promise<void> {
  await db.updateTable('recipients').set(change).where('id', '=', id).execute();
}

/** A short list by design (named recipients, not a directory): alphabetical, no paging. */
export async function listRecipients(db: Db, includeArchived: boolean): Promise<RecipientRow[]> {
  let select = db.selectFrom('recipients').selectAll();
  if (!includeArchived) select = select.where('archived_at', 'is', null);
  return select.orderBy('name').orderBy('seq').execute();
}
