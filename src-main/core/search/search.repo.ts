import { sql } from 'kysely';
import type { Kysely, RawBuilder, Transaction } from 'kysely';
import type { Database } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

interface Scored {
  /** Marked with char(2) and char(3), the contract's SNIPPET_OPEN and SNIPPET_CLOSE. */
  snippet: string;
  /** FTS5 bm25: negative, lower is a better match. */
  rank: number;
}

export interface PersonMatch extends Scored {
  id: string;
  preferred_name: string;
}

export interface GoalMatch extends Scored {
  id: string;
  person_id: string;
  in_their_words: string;
}

export interface NoteMatch extends Scored {
  id: string;
  person_id: string;
  happened_at: string;
  contact_type: string;
}

export interface ReflectionMatch extends Scored {
  id: string;
  title: string;
  /** Enough of the body for a title when the reflection has none, without carrying all of it. */
  body_start: string;
}

interface Source {
  table: 'people' | 'goals' | 'notes' | 'reflections';
  /** The column that ties a row to one person, for the person-scoped search. */
  personColumn: 'id' | 'person_id' | null;
}

/**
 * One statement shape for every kind. The FTS table is the outer loop (CROSS JOIN is SQLite's way
 * to fix the join order, whatever the statistics say) and the order is `rank` alone, which FTS5
 * serves itself: no scan of the source table, no sort outside the index. The person filter is
 * applied to each row FTS5 hands over, in rank order, so LIMIT still stops early.
 */
function matches<R>(
  source: Source,
  columns: RawBuilder<unknown>,
  match: string,
  personId: string | undefined,
  limit: number,
): RawBuilder<R> {
  const fts = sql.table(`${source.table}_fts`);
  const table = sql.table(source.table);
  const scope =
    personId === undefined || source.personColumn === null
      ? sql``
      : sql`AND ${sql.ref(`${source.table}.${source.personColumn}`)} = ${personId}`;
  return sql<R>`SELECT ${columns},
      snippet(${fts}, -1, char(2), char(3), '…', 12) AS snippet,
      ${fts}.rank AS rank
    FROM ${fts} CROSS JOIN ${table} ON ${table}.seq = ${fts}.rowid
    WHERE ${fts} MATCH ${match} ${scope}
    ORDER BY ${fts}.rank
    LIMIT ${limit}`;
}

export function peopleMatching(
  match: string,
  personId: string | undefined,
  limit: number,
): RawBuilder<PersonMatch> {
  return matches(
    { table: 'people', personColumn: 'id' },
    sql`people.id AS id, people.preferred_name AS preferred_name`,
    match,
    personId,
    limit,
  );
}

export function goalsMatching(
  match: string,
  personId: string | undefined,
  limit: number,
): RawBuilder<GoalMatch> {
  return matches(
    { table: 'goals', personColumn: 'person_id' },
    sql`goals.id AS id, goals.person_id AS person_id, goals.in_their_words AS in_their_words`,
    match,
    personId,
    limit,
  );
}

export function notesMatching(
  match: string,
  personId: string | undefined,
  limit: number,
): RawBuilder<NoteMatch> {
  return matches(
    { table: 'notes', personColumn: 'person_id' },
    sql`notes.id AS id, notes.person_id AS person_id, notes.happened_at AS happened_at,
      notes.contact_type AS contact_type`,
    match,
    personId,
    limit,
  );
}

/** Reflections are the worker's own: they belong to no person, so they have no person scope. */
export function reflectionsMatching(match: string, limit: number): RawBuilder<ReflectionMatch> {
  return matches(
    { table: 'reflections', personColumn: null },
    sql`reflections.id AS id, reflections.title AS title,
      substr(reflections.body, 1, 200) AS body_start`,
    match,
    undefined,
    limit,
  );
}

export async function run<R>(db: Db, statement: RawBuilder<R>): Promise<R[]> {
  return (await statement.execute(db)).rows;
}

/** Preferred names by person id, in one query. */
export async function preferredNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('people')
    .select(['id', 'preferred_name'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((row) => [row.id, row.preferred_name]));
}
