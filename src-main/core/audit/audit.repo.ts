import type { Kysely, Selectable, Transaction } from 'kysely';
import type { AuditEventTable, Database } from '../db/schema';

export type AuditRow = Selectable<AuditEventTable>;
type Db = Kysely<Database> | Transaction<Database>;

export async function lastLink(db: Db): Promise<{ seq: number; hash: string } | undefined> {
  return db
    .selectFrom('audit_events')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertLink(db: Db, row: AuditRow): Promise<void> {
  await db.insertInto('audit_events').values(row).execute();
}

/** Keyset page in chain order, for verification and listing without loading the whole chain. */
export async function pageAfter(db: Db, afterSeq: number, limit: number): Promise<AuditRow[]> {
  return db
    .selectFrom('audit_events')
    .selectAll()
    .where('seq', '>', afterSeq)
    .orderBy('seq', 'asc')
    .limit(limit)
    .execute();
}
