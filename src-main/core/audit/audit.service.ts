import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { Clock } from '../ports';
import { auditDetails } from './actions';
import type { AuditAction, AuditDetail } from './actions';
import { GENESIS_HASH, canonicalJson, linkHash } from './chain';
import { insertLink, lastLink, pageAfter } from './audit.repo';
import type { AuditRow } from './audit.repo';

export interface AuditEntry<A extends AuditAction> {
  action: A;
  detail: AuditDetail<A>;
  /** Who acted: the worker at the keyboard, or the app itself (idle lock, sleep). */
  actor?: 'worker' | 'system';
  subject?: { type: string; id: string };
  /** When it happened, if not now (failed unlocks recorded while the database was closed). */
  at?: number;
}

export interface AuditDeps {
  clock: Clock;
  newId: () => string;
}

/**
 * Appends one link. Call it with the transaction that makes the change it records, so the change
 * and its record commit or vanish together.
 */
export async function appendAudit<A extends AuditAction>(
  trx: Transaction<Database>,
  deps: AuditDeps,
  entry: AuditEntry<A>,
): Promise<AuditRow> {
  const detail = auditDetails[entry.action].parse(entry.detail) as Record<string, unknown>;
  const previous = await lastLink(trx);
  const fields = {
    id: deps.newId(),
    at: new Date(entry.at ?? deps.clock.now()).toISOString(),
    actor: entry.actor ?? 'worker',
    action: entry.action,
    subject_type: entry.subject?.type ?? null,
    subject_id: entry.subject?.id ?? null,
    detail: canonicalJson(detail),
    prev_hash: previous?.hash ?? GENESIS_HASH,
  };
  const row: AuditRow = { seq: (previous?.seq ?? 0) + 1, ...fields, hash: linkHash(fields) };
  await insertLink(trx, row);
  return row;
}

export type AuditProblem = 'edited' | 'missing' | 'broken_link';

export type AuditVerification =
  | { intact: true; count: number }
  | { intact: false; count: number; firstBroken: { seq: number; problem: AuditProblem } };

/**
 * Walks the chain in order. An edited row no longer matches its own hash; a deleted row leaves a
 * gap in `seq`; a reordered row no longer points at the hash before it.
 */
export async function verifyAudit(
  db: Kysely<Database>,
  pageSize = 1000,
): Promise<AuditVerification> {
  let expectedSeq = 1;
  let previousHash = GENESIS_HASH;
  let count = 0;
  for (;;) {
    const rows = await pageAfter(db, expectedSeq - 1, pageSize);
    if (rows.length === 0) return { intact: true, count };
    for (const row of rows) {
      if (row.seq !== expectedSeq) {
        return broken(count, expectedSeq, 'missing');
      }
      if (linkHash(row) !== row.hash) return broken(count, row.seq, 'edited');
      if (row.prev_hash !== previousHash) return broken(count, row.seq, 'broken_link');
      previousHash = row.hash;
      expectedSeq += 1;
      count += 1;
    }
  }
}

function broken(count: number, seq: number, problem: AuditProblem): AuditVerification {
  return { intact: false, count, firstBroken: { seq, problem } };
}
