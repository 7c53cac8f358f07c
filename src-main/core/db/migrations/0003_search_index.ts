import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Migration } from './migration';

/**
 * Full-text indexes inside the encrypted database, one per kind, each an FTS5 external-content
 * table over its source table (no second copy of the text), kept in step by triggers so no write
 * path can forget it. `remove_diacritics 2` lets "reunion" find "réunion".
 */
const SOURCES = [
  {
    table: 'people',
    columns: ['preferred_name', 'pronouns', 'contact_preference', 'about', 'strengths'],
  },
  { table: 'goals', columns: ['in_their_words', 'why_it_matters', 'steps_text'] },
  {
    table: 'notes',
    columns: [
      'setting',
      'talked_about',
      'in_their_words',
      'strengths_noticed',
      'resources',
      'next_steps_text',
    ],
  },
  { table: 'reflections', columns: ['title', 'body'] },
] as const;

async function indexTable(
  db: Kysely<unknown>,
  table: string,
  columns: readonly string[],
): Promise<void> {
  const fts = `${table}_fts`;
  const list = columns.join(', ');
  const newValues = columns.map((c) => `new.${c}`).join(', ');
  const oldValues = columns.map((c) => `old.${c}`).join(', ');
  await sql
    .raw(
      `CREATE VIRTUAL TABLE ${fts} USING fts5(${list}, content='${table}', content_rowid='seq', tokenize='unicode61 remove_diacritics 2', prefix='3')`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER ${table}_fts_insert AFTER INSERT ON ${table} BEGIN
        INSERT INTO ${fts} (rowid, ${list}) VALUES (new.seq, ${newValues});
      END`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER ${table}_fts_delete AFTER DELETE ON ${table} BEGIN
        INSERT INTO ${fts} (${fts}, rowid, ${list}) VALUES ('delete', old.seq, ${oldValues});
      END`,
    )
    .execute(db);
  // Only when indexed text changes: touching last_activity_at must not rewrite the index.
  await sql
    .raw(
      `CREATE TRIGGER ${table}_fts_update AFTER UPDATE OF ${list} ON ${table} BEGIN
        INSERT INTO ${fts} (${fts}, rowid, ${list}) VALUES ('delete', old.seq, ${oldValues});
        INSERT INTO ${fts} (rowid, ${list}) VALUES (new.seq, ${newValues});
      END`,
    )
    .execute(db);
}

export const migration0003: Migration = {
  version: 3,
  name: 'search_index',
  async up(db) {
    for (const source of SOURCES) await indexTable(db, source.table, source.columns);
  },
};
