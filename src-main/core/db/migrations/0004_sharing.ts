import { sql } from 'kysely';
import type { Migration } from './migration';

/**
 * The clinical-facing space: recipients, shares with their quotes, the person's decisions and
 * each release. Everything about a person hangs off `people` by cascade, so a deletion at their
 * request removes their shares, quotes, consents and releases with them. Recipients are the
 * worker's list, not anyone's record, and stay.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'sharing',
  async up(db) {
    await sql`CREATE TABLE recipients (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      organisation TEXT NOT NULL,
      role TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      archived_at TEXT
    )`.execute(db);
    await sql`CREATE INDEX recipients_list ON recipients (archived_at, name, seq)`.execute(db);

    await sql`CREATE TABLE shares (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
      recipient_id TEXT NOT NULL REFERENCES recipients (id),
      purpose TEXT NOT NULL,
      body TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL CHECK (status IN
        ('draft', 'in_review', 'approved', 'declined', 'released', 'withdrawn', 'expired')),
      content_version INTEGER NOT NULL CHECK (content_version >= 1),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`.execute(db);
    // A person's shares, most recently changed first, keyset on (updated_at, seq).
    await sql`CREATE INDEX shares_person ON shares (person_id, updated_at DESC, seq DESC)`.execute(
      db,
    );
    await sql`CREATE INDEX shares_recipient ON shares (recipient_id)`.execute(db);

    // The quoted words are kept as chosen: a later edit of the note does not change the share.
    await sql`CREATE TABLE share_quotes (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      share_id TEXT NOT NULL REFERENCES shares (id) ON DELETE CASCADE,
      note_id TEXT NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
      note_happened_at TEXT NOT NULL,
      position INTEGER NOT NULL,
      text TEXT NOT NULL,
      UNIQUE (share_id, position)
    )`.execute(db);
    await sql`CREATE INDEX share_quotes_note ON share_quotes (note_id)`.execute(db);

    await sql`CREATE TABLE consents (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      share_id TEXT NOT NULL REFERENCES shares (id) ON DELETE CASCADE,
      person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
      decision TEXT NOT NULL CHECK (decision IN ('given', 'declined')),
      status TEXT NOT NULL CHECK (status IN
        ('active', 'declined', 'used', 'withdrawn', 'expired', 'void')),
      recorded_by TEXT NOT NULL,
      recipient_id TEXT NOT NULL,
      recipient_label TEXT NOT NULL,
      purpose TEXT NOT NULL,
      content_sha256 TEXT NOT NULL,
      content_version INTEGER NOT NULL,
      format TEXT CHECK (format IN ('pdf', 'fhir_json')),
      action TEXT CHECK (action IN ('release_once')),
      expires_at TEXT,
      decided_at TEXT NOT NULL,
      method TEXT NOT NULL CHECK (method IN ('side_by_side', 'read_aloud')),
      typed_name TEXT,
      statements TEXT NOT NULL,
      withdrawn_at TEXT,
      withdrawn_by TEXT,
      withdrawal_reason TEXT,
      CHECK ((decision = 'given') = (format IS NOT NULL AND action IS NOT NULL AND expires_at IS NOT NULL))
    )`.execute(db);
    await sql`CREATE INDEX consents_share ON consents (share_id, seq)`.execute(db);
    await sql`CREATE INDEX consents_person ON consents (person_id)`.execute(db);

    // UNIQUE (consent_id): one release per consent, held by the database as well as the code.
    await sql`CREATE TABLE releases (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      share_id TEXT NOT NULL REFERENCES shares (id) ON DELETE CASCADE,
      consent_id TEXT NOT NULL UNIQUE REFERENCES consents (id) ON DELETE CASCADE,
      recipient_label TEXT NOT NULL,
      format TEXT NOT NULL CHECK (format IN ('pdf', 'fhir_json')),
      file_name TEXT NOT NULL,
      file_sha256 TEXT NOT NULL,
      released_at TEXT NOT NULL
    )`.execute(db);
    await sql`CREATE INDEX releases_share ON releases (share_id, seq)`.execute(db);
  },
};
