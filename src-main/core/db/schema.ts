/** The tables as Kysely sees them; each migration that changes a table changes this file too. */
export interface AuditEventTable {
  /** Position in the chain, from 1, without gaps. */
  seq: number;
  id: string;
  /** ISO-8601 UTC, to the millisecond. */
  at: string;
  actor: string;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  /** Canonical JSON of a small, typed object of codes and counts; never content. */
  detail: string;
  prev_hash: string;
  hash: string;
}

export interface Database {
  audit_events: AuditEventTable;
}
