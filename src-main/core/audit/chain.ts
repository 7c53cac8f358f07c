import { createHash } from 'node:crypto';
import type { AuditEventTable } from '../db/schema';

export const GENESIS_HASH = '0'.repeat(64);

/** The fields a link's hash covers; `seq` is left out so that order is proven by the links alone. */
export type LinkFields = Omit<AuditEventTable, 'seq' | 'hash'>;

/**
 * SHA-256 over a JSON array in a fixed order: unambiguous without a canonicalisation library,
 * and easy to recompute with any tool (documented in docs/DATA-FORMAT.md).
 */
export function linkHash(fields: LinkFields): string {
  const canonical = JSON.stringify([
    'alongside-audit-v1',
    fields.prev_hash,
    fields.id,
    fields.at,
    fields.actor,
    fields.action,
    fields.subject_type,
    fields.subject_id,
    fields.detail,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** JSON with keys sorted, so the same detail always hashes the same. */
export function canonicalJson(value: Record<string, unknown>): string {
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    if (value[key] !== undefined) sorted[key] = value[key];
  }
  return JSON.stringify(sorted);
}
