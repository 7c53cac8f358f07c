import type { Selectable } from 'kysely';
import type { ConsentTable, ReleaseTable, ShareQuoteTable, ShareTable } from '../db/schema';
import { beforeKeyset } from '../record/cursor';
import type { Keyset } from '../record/cursor';
import type { Db } from '../record/deps';

export type ShareRow = Selectable<ShareTable>;
export type ShareQuoteRow = Selectable<ShareQuoteTable>;
export type ConsentRow = Selectable<ConsentTable>;
export type ReleaseRow = Selectable<ReleaseTable>;

export async function insertShare(db: Db, row: Omit<ShareRow, 'seq'>): Promise<void> {
  await db.insertInto('shares').values(row).execute();
}

export async function findShare(db: Db, id: string): Promise<ShareRow | undefined> {
  return db.selectFrom('shares').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateShare(
  db: Db,
  id: string,
  change: Partial<Omit<ShareRow, 'seq' | 'id' | 'person_id'>>,
): Promise<void> {
  await db.updateTable('shares').set(change).where('id', '=', id).execute();
}

export async function deleteShare(db: Db, id: string): Promise<void> {
  await db.deleteFrom('shares').where('id', '=', id).execute();
}

/** Most recently changed first; keyset on (updated_at, seq) over the index shares_person. */
export async function listSharesOfPerson(
  db: Db,
  personId: string,
  after: Keyset | null,
  limit: number,
): Promise<ShareRow[]> {
  let select = db.selectFrom('shares').selectAll().where('person_id', '=', personId);
  if (after) select = select.where(beforeKeyset('updated_at', after));
  return select
    .orderBy('updated_at', 'desc')
    .orderBy('seq', 'desc')
    .limit(limit + 1)
    .execute();
}

export async function quotesOfShare(db: Db, shareId: string): Promise<ShareQuoteRow[]> {
  return db
    .selectFrom('share_quotes')
    .selectAll()
    .where('share_id', '=', shareId)
    .orderBy('position')
    .execute();
}

export async function replaceQuotes(
  db: Db,
  shareId: string,
  rows: Array<Omit<ShareQuoteRow, 'seq' | 'share_id' | 'position'>>,
): Promise<void> {
  await db.deleteFrom('share_quotes').where('share_id', '=', shareId).execute();
  if (rows.length === 0) return;
  await db
    .insertInto('share_quotes')
    .values(rows.map((row, position) => ({ ...row, share_id: shareId, position })))
    .execute();
}

export async function insertConsent(db: Db, row: Omit<ConsentRow, 'seq'>): Promise<void> {
  await db.insertInto('consents').values(row).execute();
}

export async function findConsent(db: Db, id: string): Promise<ConsentRow | undefined> {
  return db.selectFrom('consents').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The latest decision for a share: the one a release is judged by. */
export async function latestConsent(db: Db, shareId: string): Promise<ConsentRow | undefined> {
  return db
    .selectFrom('consents')
    .selectAll()
    .where('share_id', '=', shareId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function consentsOfShare(db: Db, shareId: string): Promise<ConsentRow[]> {
  return db
    .selectFrom('consents')
    .selectAll()
    .where('share_id', '=', shareId)
    .orderBy('seq', 'desc')
    .execute();
}

export async function updateConsent(
  db: Db,
  id: string,
  change: Partial<Omit<ConsentRow, 'seq' | 'id'>>,
): Promise<void> {
  await db.updateTable('consents').set(change).where('id', '=', id).execute();
}

export async function insertRelease(db: Db, row: Omit<ReleaseRow, 'seq'>): Promise<void> {
  await db.insertInto('releases').values(row).execute();
}

export async function releasesOfShare(db: Db, shareId: string): Promise<ReleaseRow[]> {
  return db
    .selectFrom('releases')
    .selectAll()
    .where('share_id', '=', shareId)
    .orderBy('seq', 'desc')
    .execute();
}

export async function findRelease(db: Db, id: string): Promise<ReleaseRow | undefined> {
  return db.selectFrom('releases').selectAll().where('id', '=', id).executeTakeFirst();
}
