import { sql } from 'kysely';
import type { Migration } from './migration';

/** People, their goals and steps, notes with their versions and goal links, and reflections. */
export const migration0002: Migration = {
  version: 2,
  name: 'person_record',
  async up(db) {
    await sql`CREATE TABLE people (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      preferred_name TEXT NOT NULL,
      pronouns TEXT NOT NULL DEFAULT '',
      contact_preference TEXT NOT NULL DEFAULT '',
      about TEXT NOT NULL DEFAULT '',
      strengths TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      last_activity_at TEXT NOT NULL,
      archived_at TEXT
    )`.execute(db);
    // The home list: not archived, most recent activity first, keyset on (time, seq).
    await sql`CREATE INDEX people_recent ON people (archived_at, last_activity_at DESC, seq DESC)`.execute(
      db,
    );

    await sql`CREATE TABLE goals (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
      in_their_words TEXT NOT NULL,
      why_it_matters TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL CHECK (status IN ('exploring', 'working_on_it', 'reached', 'set_aside')),
      steps_text TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      reached_at TEXT
    )`.execute(db);
    await sql`CREATE INDEX goals_person ON goals (person_id, seq)`.execute(db);

    await sql`CREATE TABLE goal_steps (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      goal_id TEXT NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
      text TEXT NOT NULL,
      done_at TEXT,
      position INTEGER NOT NULL
    )`.execute(db);
    await sql`CREATE INDEX goal_steps_goal ON goal_steps (goal_id, position)`.execute(db);

    await sql`CREATE TABLE notes (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
      happened_at TEXT NOT NULL,
      contact_type TEXT NOT NULL CHECK (contact_type IN ('in_person', 'phone', 'video', 'group', 'outreach')),
      duration_minutes INTEGER NOT NULL CHECK (duration_minutes >= 0),
      setting TEXT NOT NULL DEFAULT '',
      talked_about TEXT NOT NULL DEFAULT '',
      in_their_words TEXT NOT NULL DEFAULT '',
      strengths_noticed TEXT NOT NULL DEFAULT '',
      resources TEXT NOT NULL DEFAULT '',
      next_steps TEXT NOT NULL DEFAULT '[]',
      next_steps_text TEXT NOT NULL DEFAULT '',
      preview TEXT NOT NULL DEFAULT '',
      version INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`.execute(db);
    // Covers the list of a person's notes: a page of 50 reads a few index pages, not 50 rows.
    await sql`CREATE INDEX notes_person ON notes (person_id, happened_at DESC, seq DESC, id,
      contact_type, duration_minutes, version, updated_at, preview)`.execute(db);

    await sql`CREATE TABLE note_goals (
      note_id TEXT NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
      goal_id TEXT NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
      PRIMARY KEY (note_id, goal_id)
    ) WITHOUT ROWID`.execute(db);
    await sql`CREATE INDEX note_goals_goal ON note_goals (goal_id)`.execute(db);

    await sql`CREATE TABLE note_versions (
      seq INTEGER PRIMARY KEY,
      note_id TEXT NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
      version INTEGER NOT NULL,
      saved_at TEXT NOT NULL,
      restored_from INTEGER,
      snapshot TEXT NOT NULL,
      UNIQUE (note_id, version)
    )`.execute(db);

    await sql`CREATE TABLE reflections (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      title TEXT NOT NULL DEFAULT '',
      body TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`.execute(db);
    await sql`CREATE INDEX reflections_recent ON reflections (updated_at DESC, seq DESC)`.execute(
      db,
    );
  },
};
