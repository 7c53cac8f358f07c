import type { Kysely } from 'kysely';
import { contactTypeSchema, LIST_LIMIT } from '../../contract';
import type { SearchHit } from '../../contract';
import type { Database } from '../db/schema';
import { toMatchQuery } from './query';
import {
  goalsMatching,
  notesMatching,
  peopleMatching,
  preferredNames,
  reflectionsMatching,
  run,
} from './search.repo';

export const SEARCH_LIMIT = { default: 20, max: LIST_LIMIT.max } as const;

/** Words of a reflection's body that stand in for a missing title. */
const TITLE_WORDS = 8;

export interface SearchInput {
  text: string;
  /** Only this person's record: their profile, goals and notes; never reflections. */
  personId?: string;
  limit?: number;
}

type Ranked = Omit<SearchHit, 'personName'> & { rank: number };

/**
 * Full-text search over people, goals, notes and reflections, best matches first. Each kind is
 * asked for `limit` hits in its own rank order and the lists are merged by rank, so the answer is
 * the best `limit` overall without any kind being read past what it could contribute.
 */
export async function search(db: Kysely<Database>, input: SearchInput): Promise<SearchHit[]> {
  const match = toMatchQuery(input.text);
  if (match === null) return [];
  const limit = clampLimit(input.limit);
  const { personId } = input;

  const ranked: Ranked[] = [];
  for (const row of await run(db, peopleMatching(match, personId, limit))) {
    ranked.push({
      kind: 'person',
      id: row.id,
      personId: row.id,
      title: row.preferred_name,
      snippet: row.snippet,
      rank: row.rank,
    });
  }
  for (const row of await run(db, goalsMatching(match, personId, limit))) {
    ranked.push({
      kind: 'goal',
      id: row.id,
      personId: row.person_id,
      title: row.in_their_words,
      snippet: row.snippet,
      rank: row.rank,
    });
  }
  for (const row of await run(db, notesMatching(match, personId, limit))) {
    ranked.push({
      kind: 'note',
      id: row.id,
      personId: row.person_id,
      title: `${localDate(row.happened_at)} · ${row.contact_type}`,
      note: { happenedAt: row.happened_at, contactType: contactTypeSchema.parse(row.contact_type) },
      snippet: row.snippet,
      rank: row.rank,
    });
  }
  if (personId === undefined) {
    for (const row of await run(db, reflectionsMatching(match, limit))) {
      ranked.push({
        kind: 'reflection',
        id: row.id,
        personId: null,
        title: row.title.trim() || firstWords(row.body_start, TITLE_WORDS),
        snippet: row.snippet,
        rank: row.rank,
      });
    }
  }

  // A stable sort: equal ranks keep the kind order above, so the answer does not flicker.
  const best = ranked.sort((a, b) => a.rank - b.rank).slice(0, limit);
  const ids = [...new Set(best.flatMap((hit) => (hit.personId === null ? [] : [hit.personId])))];
  const names = await preferredNames(db, ids);
  return best.map(({ rank: _rank, ...hit }) => ({
    ...hit,
    // Null too if the person was deleted between the search and this look-up.
    personName: hit.personId === null ? null : (names.get(hit.personId) ?? null),
  }));
}

function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return SEARCH_LIMIT.default;
  return Math.min(SEARCH_LIMIT.max, Math.max(1, Math.trunc(limit)));
}

/**
 * The day the worker lived it: notes store UTC, and an evening contact is already tomorrow in
 * UTC for anyone west of Greenwich.
 */
function localDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso.slice(0, 10);
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

function firstWords(text: string, count: number): string {
  const words = text.split(/\s+/u).filter((word) => word.length > 0);
  const shown = words.slice(0, count).join(' ');
  return words.length > count ? `${shown} …` : shown;
}
