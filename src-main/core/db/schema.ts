import type { Generated } from 'kysely';

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

/**
 * Record tables keep an explicit INTEGER PRIMARY KEY (`seq`): the FTS5 indexes use it as their
 * external-content rowid, and an implicit rowid could be renumbered by VACUUM. Ids that leave the
 * core are the UUIDs in `id`. Times are ISO-8601 UTC strings.
 */
export interface PersonTable {
  seq: Generated<number>;
  id: string;
  preferred_name: string;
  pronouns: string;
  contact_preference: string;
  about: string;
  strengths: string;
  created_at: string;
  updated_at: string;
  last_activity_at: string;
  archived_at: string | null;
}

export interface GoalTable {
  seq: Generated<number>;
  id: string;
  person_id: string;
  in_their_words: string;
  why_it_matters: string;
  status: string;
  /** The steps' text, one per line, kept by the repository so search covers the steps too. */
  steps_text: string;
  created_at: string;
  updated_at: string;
  reached_at: string | null;
}

export interface GoalStepTable {
  seq: Generated<number>;
  id: string;
  goal_id: string;
  text: string;
  done_at: string | null;
  position: number;
}

export interface NoteTable {
  seq: Generated<number>;
  id: string;
  person_id: string;
  happened_at: string;
  contact_type: string;
  duration_minutes: number;
  setting: string;
  talked_about: string;
  in_their_words: string;
  strengths_noticed: string;
  resources: string;
  /** JSON array of { what, who }. */
  next_steps: string;
  /** The same steps as plain lines ("what — who"), for the search index. */
  next_steps_text: string;
  /** The first words of the note, for lists; kept by the repository. */
  preview: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface NoteGoalTable {
  note_id: string;
  goal_id: string;
}

export interface NoteVersionTable {
  seq: Generated<number>;
  note_id: string;
  version: number;
  saved_at: string;
  restored_from: number | null;
  /** JSON of the note's fields as saved (the contract's NoteFields). */
  snapshot: string;
}

export interface ReflectionTable {
  seq: Generated<number>;
  id: string;
  title: string;
  body: string;
  created_at: string;
  updated_at: string;
}

/** The worker's list of named recipients; not part of any person's record. */
export interface RecipientTable {
  seq: Generated<number>;
  id: string;
  name: string;
  organisation: string;
  role: string;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

export interface ShareTable {
  seq: Generated<number>;
  id: string;
  person_id: string;
  recipient_id: string;
  purpose: string;
  body: string;
  status: string;
  /**
   * Up by one with every change of content. The content's SHA-256 is not stored: it covers the
   * person's name and the recipient too, so it is computed afresh from the canonical form.
   */
  content_version: number;
  created_at: string;
  updated_at: string;
}

export interface ShareQuoteTable {
  seq: Generated<number>;
  id: string;
  share_id: string;
  note_id: string;
  note_happened_at: string;
  position: number;
  text: string;
}

export interface ConsentTable {
  seq: Generated<number>;
  id: string;
  share_id: string;
  person_id: string;
  decision: string;
  /** As stored; an `active` consent past `expires_at` reads as `expired`. */
  status: string;
  recorded_by: string;
  recipient_id: string;
  recipient_label: string;
  purpose: string;
  content_sha256: string;
  content_version: number;
  format: string | null;
  action: string | null;
  expires_at: string | null;
  decided_at: string;
  method: string;
  typed_name: string | null;
  /** JSON of the statements exactly as shown: { version, language, items: [{ id, text }] }. */
  statements: string;
  withdrawn_at: string | null;
  withdrawn_by: string | null;
  withdrawal_reason: string | null;
}

export interface ReleaseTable {
  seq: Generated<number>;
  id: string;
  share_id: string;
  consent_id: string;
  recipient_label: string;
  format: string;
  file_name: string;
  file_sha256: string;
  released_at: string;
}

export interface Database {
  audit_events: AuditEventTable;
  people: PersonTable;
  goals: GoalTable;
  goal_steps: GoalStepTable;
  notes: NoteTable;
  note_goals: NoteGoalTable;
  note_versions: NoteVersionTable;
  reflections: ReflectionTable;
  recipients: RecipientTable;
  shares: ShareTable;
  share_quotes: ShareQuoteTable;
  consents: ConsentTable;
  releases: ReleaseTable;
}
