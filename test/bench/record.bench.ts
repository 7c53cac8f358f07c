import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Database as SqlcipherDatabase } from '@signalapp/sqlcipher';
import { Kysely } from 'kysely';
import { createCore } from '../../src-main/core/app';
import { SqlcipherDialect } from '../../src-main/core/db/driver';
import { migrate } from '../../src-main/core/db/migrate';
import { openDatabase } from '../../src-main/core/db/open';
import type { Database } from '../../src-main/core/db/schema';
import { saveNote } from '../../src-main/core/notes/notes.service';
import { pageNotes } from '../../src-main/core/notes/notes.service';
import { pagePeople } from '../../src-main/core/people/people.service';
import { silentLogger } from '../../src-main/core/ports';
import { search } from '../../src-main/core/search/search.service';
import { makeTempDir } from '../support/temp-dir';
import { noteFields } from '../support/record-fixture';
import { VOCABULARY, generateNotes, personName, seededRandom } from './corpus';
import type { Metric } from './run';

const PEOPLE = 300;
export const NOTES = Number(process.env.BENCH_NOTES ?? 100_000);
const QUERIES = 200;
const BATCH = 5_000;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round((sorted[Math.max(0, index)] ?? 0) * 100) / 100;
}

interface Built {
  db: Kysely<Database>;
  close(): Promise<void>;
  importPerSecond: number;
  personIds: string[];
}

/** The same corpus, built into an encrypted database or a plain one, through the same schema. */
export async function build(
  dir: string,
  encrypted: boolean,
  key: Buffer = randomBytes(32),
  /** Another database file, e.g. a vault's own, to fill instead of a new one in `dir`. */
  target?: string,
): Promise<Built> {
  const file = target ?? join(dir, encrypted ? 'encrypted.db' : 'plain.db');
  let db: Kysely<Database>;
  let close: () => Promise<void>;
  if (encrypted) {
    const opened = openDatabase(file, key, silentLogger);
    db = opened.db;
    close = opened.close;
  } else {
    const raw = new SqlcipherDatabase(file, { cacheStatements: true });
    for (const pragma of [
      'journal_mode = WAL',
      'synchronous = FULL',
      'cache_size = -65536',
      'temp_store = MEMORY',
    ]) {
      raw.pragma(pragma);
    }
    db = new Kysely<Database>({ dialect: new SqlcipherDialect(raw) });
    close = () => db.destroy();
  }
  await migrate(db as unknown as Kysely<unknown>);
  const now = '2026-11-23T09:00:00.000Z';
  const personIds = Array.from({ length: PEOPLE }, () => randomUUID());
  await db.transaction().execute(async (trx) => {
    for (const [index, id] of personIds.entries()) {
      await trx
        .insertInto('people')
        .values({
          id,
          preferred_name: personName(index),
          pronouns: '',
          contact_preference: '',
          about: '',
          strengths: '',
          created_at: now,
          updated_at: now,
          last_activity_at: new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString(),
          archived_at: null,
        })
        .execute();
    }
  });

  const started = performance.now();
  let batch: Parameters<typeof insertBatch>[1] = [];
  for (const note of generateNotes(NOTES, PEOPLE)) {
    batch.push(note);
    if (batch.length === BATCH) {
      await insertBatch(db, batch, personIds);
      batch = [];
    }
  }
  if (batch.length > 0) await insertBatch(db, batch, personIds);
  const seconds = (performance.now() - started) / 1000;
  return { db, close, importPerSecond: Math.round(NOTES / seconds), personIds };
}

/** Import: notes in transactions of five thousand; the triggers index. */
async function insertBatch(
  db: Kysely<Database>,
  notes: Array<ReturnType<typeof generateNotes> extends Generator<infer N> ? N : never>,
  personIds: string[],
): Promise<void> {
  const rows = notes.map((note) => ({
    id: randomUUID(),
    person_id: personIds[note.personIndex] ?? '',
    happened_at: note.happenedAt,
    contact_type: note.contactType,
    duration_minutes: note.durationMinutes,
    setting: note.setting,
    talked_about: note.talkedAbout,
    in_their_words: note.inTheirWords,
    strengths_noticed: note.strengthsNoticed,
    resources: note.resources,
    next_steps: note.nextSteps,
    next_steps_text: note.nextStepsText,
    preview: note.talkedAbout.slice(0, 139),
    version: 1,
    created_at: note.happenedAt,
    updated_at: note.happenedAt,
  }));
  await db.transaction().execute(async (trx) => {
    // 50 rows a statement: 15 columns × 50 stays under SQLite's 999-parameter limit.
    for (let i = 0; i < rows.length; i += 50) {
      await trx
        .insertInto('notes')
        .values(rows.slice(i, i + 50))
        .execute();
    }
  });
}

function queries(kind: 'rare' | 'two_words' | 'common' | 'prefix'): string[] {
  const random = seededRandom(kind.length * 101);
  const pick = (words: string[]) => words[Math.floor(random() * words.length)] ?? 'garden';
  const mid = VOCABULARY.DOMAIN;
  return Array.from({ length: QUERIES }, () => {
    switch (kind) {
      case 'rare':
        return pick(VOCABULARY.RARE);
      case 'two_words':
        return `${pick(mid.slice(0, 60))} ${pick(mid.slice(0, 60))}`;
      case 'common':
        return pick(mid.slice(0, 12));
      case 'prefix':
        return pick(mid.slice(0, 80)).slice(0, 3);
    }
  });
}

async function timeQueries(db: Kysely<Database>, texts: string[]): Promise<number[]> {
  const times: number[] = [];
  for (const text of texts) {
    const t0 = performance.now();
    await search(db, { text, limit: 50 });
    times.push(performance.now() - t0);
  }
  return times;
}

export async function benchRecord(): Promise<Record<string, Metric>> {
  const dir = await makeTempDir('alongside-bench-record-');
  const metrics: Record<string, Metric> = {};
  try {
    const enc = await build(dir.path, true);
    const plain = await build(dir.path, false);
    metrics.import_notes_per_s = {
      value: enc.importPerSecond,
      unit: 'notes/s',
      note: `${NOTES} notes with FTS5, encrypted; plain: ${plain.importPerSecond}`,
    };

    for (const kind of ['rare', 'two_words', 'common', 'prefix'] as const) {
      const texts = queries(kind);
      await timeQueries(enc.db, texts.slice(0, 20));
      metrics[`search_p95_ms_${kind}`] = {
        value: percentile(await timeQueries(enc.db, texts), 95),
        unit: 'ms',
        note: `${QUERIES} queries, top 50 by rank`,
      };
    }

    // Warm: the same queries twice on each database, the second run measured.
    const warm = queries('two_words');
    await timeQueries(enc.db, warm);
    await timeQueries(plain.db, warm);
    const encTimes = await timeQueries(enc.db, warm);
    const plainTimes = await timeQueries(plain.db, warm);
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    metrics.encrypted_plain_ratio_warm_search = {
      value: Math.round((sum(encTimes) / sum(plainTimes)) * 100) / 100,
      unit: 'ratio',
      note: 'total time of 200 warm two-word searches, encrypted / plain',
    };

    const pages: number[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 100; i += 1) {
      const t0 = performance.now();
      const page: { nextCursor: string | null } = await pageNotes(enc.db, {
        personId: enc.personIds[i % PEOPLE] ?? '',
        cursor,
        limit: 50,
      });
      pages.push(performance.now() - t0);
      cursor = i % 5 === 4 ? null : page.nextCursor;
    }
    const peoplePages: number[] = [];
    for (let i = 0; i < 50; i += 1) {
      const t0 = performance.now();
      await pagePeople(enc.db, { limit: 50 });
      peoplePages.push(performance.now() - t0);
    }
    metrics.list_page_ms = {
      value: percentile([...pages, ...peoplePages], 50),
      unit: 'ms',
      note: `median of 150 keyset pages of 50 (notes and people); p95 ${percentile([...pages, ...peoplePages], 95)}`,
    };

    await enc.close();
    await plain.close();
    Object.assign(metrics, await benchAutosave(dir.path));
    return metrics;
  } finally {
    await dir.remove();
  }
}

/** One autosave through the service: the note, its version and its audit event, WAL + FULL. */
async function benchAutosave(root: string): Promise<Record<string, Metric>> {
  const dataDir = join(root, 'autosave');
  const core = createCore({
    dataDir,
    logger: silentLogger,
    idleCheckIntervalMs: 0,
    kdf: { memoryKiB: 19_456, iterations: 2, parallelism: 1 },
  });
  try {
    await core.dispatch('vault.create', { passphrase: 'otter lantern quietly folds maps' });
    const person = await core.dispatch('people.create', {
      preferredName: 'Robin',
      pronouns: '',
      contactPreference: '',
      aboutInTheirWords: '',
      strengths: '',
    });
    if (!person.ok) throw new Error(person.error.code);
    const personId = (person.value as { id: string }).id;
    const note = await core.dispatch('notes.create', { personId, fields: noteFields() });
    if (!note.ok) throw new Error(note.error.code);
    const noteId = (note.value as { id: string }).id;
    const db = core.vault.database();
    const deps = { clock: { now: () => Date.now() }, newId: randomUUID };
    const times: number[] = [];
    for (let i = 0; i < 300; i += 1) {
      const t0 = performance.now();
      await saveNote(
        db,
        deps,
        noteId,
        noteFields({
          talkedAbout: `We talked about the garden, take ${i}. ${'words '.repeat(60)}`,
        }),
      );
      times.push(performance.now() - t0);
    }
    return {
      autosave_p95_ms: {
        value: percentile(times, 95),
        unit: 'ms',
        note: `300 saves, each a version and an audit event; p50 ${percentile(times, 50)}`,
      },
    };
  } finally {
    await core.close();
  }
}
