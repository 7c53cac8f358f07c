import type { Kysely } from 'kysely';
import type { AuditCheck, AuditEntry, AuditListInput, AuditPage } from '../../contract/rights';
import type { Database } from '../db/schema';
import { csvLine } from '../rights/csv';
import { DEFAULT_PAGE, decodeCursor, pageFrom } from '../record/cursor';
import type { AuditRow } from './audit.repo';
import { pageAfter } from './audit.repo';
import { verifyAudit } from './audit.service';

function detailPairs(detail: string): AuditEntry['detail'] {
  const parsed: unknown = JSON.parse(detail);
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return [];
  return Object.entries(parsed as Record<string, unknown>).map(([key, value]) => ({
    key,
    value: typeof value === 'string' ? value : JSON.stringify(value),
  }));
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    detail: detailPairs(row.detail),
  };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Stored times are UTC ISO strings, so bounds are compared as the same kind of string. */
function lowerBound(value: string): string {
  return DAY.test(value) ? `${value}T00:00:00.000Z` : new Date(value).toISOString();
}

function upperBound(value: string): string {
  if (!DAY.test(value)) return new Date(value).toISOString();
  const next = new Date(`${value}T00:00:00.000Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString();
}

/** Newest first, keyset on seq; filters by the start of the action code and by time. */
export async function listAudit(db: Kysely<Database>, input: AuditListInput): Promise<AuditPage> {
  const limit = input.limit ?? DEFAULT_PAGE;
  const after = decodeCursor(input.cursor);
  let query = db.selectFrom('audit_events').selectAll();
  if (after) query = query.where('seq', '<', after.seq);
  if (input.action) {
    // substr, not LIKE: action codes hold underscores, which LIKE reads as a wildcard.
    const prefix = input.action;
    query = query.where((eb) =>
      eb(eb.fn('substr', ['action', eb.val(1), eb.val(prefix.length)]), '=', prefix),
    );
  }
  if (input.from) query = query.where('at', '>=', lowerBound(input.from));
  if (input.to) query = query.where('at', '<', upperBound(input.to));
  const rows = await query
    .orderBy('seq', 'desc')
    .limit(limit + 1)
    .execute();
  return pageFrom(rows, limit, toEntry, (row) => ({ key: '', seq: row.seq }));
}

export async function checkAudit(db: Kysely<Database>): Promise<AuditCheck> {
  const result = await verifyAudit(db);
  return result.intact
    ? { intact: true, events: result.count }
    : { intact: false, firstBrokenSeq: result.firstBroken.seq, events: result.count };
}

export const AUDIT_CSV_HEADER = [
  'seq',
  'at',
  'actor',
  'action',
  'subject_type',
  'subject_id',
  'detail',
  'hash',
] as const;

/** The whole chain in order, as the agency would check it; the rows hold no content to leak. */
export async function auditCsv(db: Kysely<Database>, pageSize = 1000): Promise<string> {
  const lines = [csvLine(AUDIT_CSV_HEADER)];
  let afterSeq = 0;
  for (;;) {
    const rows = await pageAfter(db, afterSeq, pageSize);
    if (rows.length === 0) return lines.join('');
    for (const row of rows) {
      lines.push(
        csvLine([
          row.seq,
          row.at,
          row.actor,
          row.action,
          row.subject_type,
          row.subject_id,
          row.detail,
          row.hash,
        ]),
      );
      afterSeq = row.seq;
    }
  }
}
