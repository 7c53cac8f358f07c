import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { sql } from 'kysely';
import type { Insertable, Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SNIPPET_CLOSE, SNIPPET_OPEN, searchHitSchema } from '../../../src-main/contract';
import type { SearchHit, SearchKind } from '../../../src-main/contract';
import { migrate } from '../../../src-main/core/db/migrate';
import type {
  Database,
  GoalTable,
  NoteTable,
  PersonTable,
  ReflectionTable,
} from '../../../src-main/core/db/schema';
import { toMatchQuery } from '../../../src-main/core/search/query';
import { search } from '../../../src-main/core/search/search.service';
import { openTestDb } from '../../support/open-test-db';
import type { TestDb } from '../../support/open-test-db';

let t: TestDb;
let db: Kysely<Database>;

beforeEach(async () => {
  t = await openTestDb();
  db = t.open.db;
  await migrate(db as unknown as Kysely<unknown>);
});
afterEach(async () => {
  await t.cleanup();
});

const AT = '2026-11-20T12:00:00.000Z';

async function addPerson(fields: Partial<Insertable<PersonTable>> = {}): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('people')
    .values({
      id,
      preferred_name: 'Robin',
      pronouns: 'they/them',
      contact_preference: 'Text first',
      about: 'Likes early mornings',
      strengths: 'Keeps going',
      created_at: AT,
      updated_at: AT,
      last_activity_at: AT,
      archived_at: null,
      ...fields,
    })
    .execute();
  return id;
}

async function addGoal(
  personId: string,
  fields: Partial<Insertable<GoalTable>> = {},
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('goals')
    .values({
      id,
      person_id: personId,
      in_their_words: 'Walk more',
      why_it_matters: 'Feels good',
      status: 'exploring',
      steps_text: '',
      created_at: AT,
      updated_at: AT,
      reached_at: null,
      ...fields,
    })
    .execute();
  return id;
}

async function addNote(
  personId: string,
  fields: Partial<Insertable<NoteTable>> = {},
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('notes')
    .values({
      id,
      person_id: personId,
      happened_at: AT,
      contact_type: 'phone',
      duration_minutes: 30,
      setting: 'Library',
      talked_about: 'The week',
      in_their_words: 'Fine',
      strengths_noticed: 'Humour',
      resources: 'Drop-in',
      next_steps: '[]',
      next_steps_text: '',
      preview: '',
      version: 1,
      created_at: AT,
      updated_at: AT,
      ...fields,
    })
    .execute();
  return id;
}

async function addReflection(fields: Partial<Insertable<ReflectionTable>> = {}): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('reflections')
    .values({
      id,
      title: 'Supervision',
      body: 'Thinking it over',
      created_at: AT,
      updated_at: AT,
      ...fields,
    })
    .execute();
  return id;
}

function idsOf(hits: SearchHit[], kind?: SearchKind): string[] {
  return hits.filter((hit) => kind === undefined || hit.kind === kind).map((hit) => hit.id);
}

describe('search', () => {
  it('finds every kind by every indexed field', async () => {
    const cases: { kind: SearchKind; field: string; add: (word: string) => Promise<string> }[] = [];
    const person = await addPerson();
    for (const field of [
      'preferred_name',
      'pronouns',
      'contact_preference',
      'about',
      'strengths',
    ] as const) {
      cases.push({ kind: 'person', field, add: (word) => addPerson({ [field]: `x ${word} y` }) });
    }
    for (const field of ['in_their_words', 'why_it_matters', 'steps_text'] as const) {
      cases.push({ kind: 'goal', field, add: (word) => addGoal(person, { [field]: word }) });
    }
    for (const field of [
      'setting',
      'talked_about',
      'in_their_words',
      'strengths_noticed',
      'resources',
      'next_steps_text',
    ] as const) {
      cases.push({ kind: 'note', field, add: (word) => addNote(person, { [field]: word }) });
    }
    for (const field of ['title', 'body'] as const) {
      cases.push({ kind: 'reflection', field, add: (word) => addReflection({ [field]: word }) });
    }

    const expected = [];
    for (const [index, c] of cases.entries()) {
      // Letters only: the tokenizer would split a word at an underscore or a digit boundary.
      const word = `quokka${String.fromCharCode(97 + index)}${String.fromCharCode(97 + index)}`;
      expected.push({ ...c, word, id: await c.add(word) });
    }
    for (const e of expected) {
      const hits = await search(db, { text: e.word });
      expect(
        hits.map((h) => [h.kind, h.id]),
        `${e.kind}.${e.field}`,
      ).toEqual([[e.kind, e.id]]);
    }
  });

  it('returns hits the contract accepts, with titles, names and marked snippets', async () => {
    const robin = await addPerson({ preferred_name: 'Robin', about: 'Loves the heron pond' });
    const goal = await addGoal(robin, { in_their_words: 'Visit the heron pond weekly' });
    const note = await addNote(robin, {
      contact_type: 'phone',
      talked_about: 'We talked about the heron nesting season',
    });
    const titled = await addReflection({ title: 'After Robin', body: 'The heron talk moved me' });
    const untitled = await addReflection({
      title: '',
      body: 'One two three four five six seven eight nine heron',
    });

    const hits = await search(db, { text: 'heron' });
    for (const hit of hits) expect(searchHitSchema.parse(hit)).toEqual(hit);
    const byId = new Map(hits.map((hit) => [hit.id, hit]));
    expect(byId.get(robin)).toMatchObject({
      kind: 'person',
      personId: robin,
      personName: 'Robin',
      title: 'Robin',
    });
    expect(byId.get(goal)).toMatchObject({
      kind: 'goal',
      personId: robin,
      personName: 'Robin',
      title: 'Visit the heron pond weekly',
    });
    expect(byId.get(note)).toMatchObject({
      kind: 'note',
      personId: robin,
      personName: 'Robin',
      title: '2026-11-20 · phone',
      note: { contactType: 'phone' },
      snippet: `We talked about the ${SNIPPET_OPEN}heron${SNIPPET_CLOSE} nesting season`,
    });
    expect(byId.get(titled)).toMatchObject({
      kind: 'reflection',
      personId: null,
      personName: null,
      title: 'After Robin',
    });
    expect(byId.get(untitled)?.title).toBe('One two three four five six seven eight …');
    expect(hits).toHaveLength(5);
  });

  it('ignores accents both ways, and shows the words as written', async () => {
    const person = await addPerson();
    const accented = await addNote(person, {
      talked_about: 'Nous avons préparé la réunion à l’hôpital avec sa sœur',
    });
    const plain = await addNote(person, { talked_about: 'Une reunion sans accent' });

    expect(idsOf(await search(db, { text: 'reunion' })).sort()).toEqual([accented, plain].sort());
    expect(idsOf(await search(db, { text: 'RÉUNION' })).sort()).toEqual([accented, plain].sort());
    expect(idsOf(await search(db, { text: 'hopital' }))).toEqual([accented]);
    expect(idsOf(await search(db, { text: 'prepare' }))).toEqual([accented]);
    // Decomposed input, as some keyboards and pastes produce it.
    expect(idsOf(await search(db, { text: 'pre\u0301pare\u0301' }))).toEqual([accented]);
    const [hit] = await search(db, { text: 'reunion hop' });
    expect(hit?.snippet).toContain(`${SNIPPET_OPEN}réunion${SNIPPET_CLOSE}`);
    expect(hit?.snippet).toContain(`${SNIPPET_OPEN}hôpital${SNIPPET_CLOSE}`);
  });

  it('finds words while they are being typed, and ANDs the words', async () => {
    const person = await addPerson();
    const note = await addNote(person, { talked_about: 'The community garden and the bus route' });
    for (const typed of ['g', 'ga', 'gar', 'gard', 'garden', 'community gar', 'bus gar']) {
      expect(idsOf(await search(db, { text: typed }), 'note'), typed).toEqual([note]);
    }
    expect(await search(db, { text: 'gardens' })).toEqual([]);
    // Only the last word is a prefix: the earlier ones are whole words.
    expect(await search(db, { text: 'gar bus' })).toEqual([]);
    expect(await search(db, { text: 'garden piano' })).toEqual([]);
  });

  it('within one person, finds only their profile, goals and notes, never reflections', async () => {
    const ana = await addPerson({ preferred_name: 'Ana', strengths: 'Grows tomatoes' });
    const ben = await addPerson({ preferred_name: 'Ben', strengths: 'Tomatoes on the balcony' });
    const anaGoal = await addGoal(ana, { in_their_words: 'Sell tomatoes at the market' });
    await addGoal(ben, { in_their_words: 'Tomatoes for the food bank' });
    const anaNote = await addNote(ana, { talked_about: 'Tomatoes again' });
    await addNote(ben, { talked_about: 'Tomatoes, and the balcony' });
    await addReflection({ body: 'Ana and Ben both light up about tomatoes' });

    const scoped = await search(db, { text: 'tomatoes', personId: ana });
    expect(idsOf(scoped).sort()).toEqual([ana, anaGoal, anaNote].sort());
    expect(scoped.every((hit) => hit.personId === ana && hit.personName === 'Ana')).toBe(true);

    const all = await search(db, { text: 'tomatoes' });
    expect(all).toHaveLength(7);
    expect(idsOf(all, 'reflection')).toHaveLength(1);
    expect(await search(db, { text: 'tomatoes', personId: randomUUID() })).toEqual([]);
  });

  it('puts the better match first, across kinds', async () => {
    const person = await addPerson();
    const weak = await addNote(person, {
      talked_about:
        'A long conversation about housing, the weather, the landlord, the bus, the clinic, ' +
        'the library, the cat, the neighbours, the stairs, and once, briefly, the kayak.',
    });
    const strong = await addNote(person, { talked_about: 'Kayak, kayak, kayak.' });
    const goal = await addGoal(person, { in_their_words: 'Kayak' });
    const hits = await search(db, { text: 'kayak' });
    expect(idsOf(hits)).toHaveLength(3);
    expect(idsOf(hits).indexOf(weak)).toBe(2);
    expect(idsOf(hits).slice(0, 2).sort()).toEqual([strong, goal].sort());
  });

  it('cuts to the limit, 20 by default, 200 at most', async () => {
    const person = await addPerson();
    for (let i = 0; i < 205; i += 1) await addNote(person, { talked_about: `Otter number ${i}` });
    expect(await search(db, { text: 'otter' })).toHaveLength(20);
    expect(await search(db, { text: 'otter', limit: 3 })).toHaveLength(3);
    expect(await search(db, { text: 'otter', limit: 10_000 })).toHaveLength(200);
  });

  it('follows edits and deletions', async () => {
    const person = await addPerson({ preferred_name: 'Sam' });
    const note = await addNote(person, { talked_about: 'Pottery class on Monday' });
    const other = await addNote(person, { talked_about: 'Pottery supplies list' });

    await db
      .updateTable('notes')
      .set({ talked_about: 'Choir practice on Monday' })
      .where('id', '=', note)
      .execute();
    expect(idsOf(await search(db, { text: 'pottery' }))).toEqual([other]);
    expect(idsOf(await search(db, { text: 'choir' }))).toEqual([note]);

    // Touching a column outside the index leaves the index as it was.
    await db.updateTable('notes').set({ updated_at: AT }).where('id', '=', note).execute();
    expect(idsOf(await search(db, { text: 'choir' }))).toEqual([note]);

    await db
      .updateTable('people')
      .set({ preferred_name: 'Samira' })
      .where('id', '=', person)
      .execute();
    expect(idsOf(await search(db, { text: 'sam' }), 'person')).toEqual([person]);
    expect(idsOf(await search(db, { text: 'sam ' }), 'person')).toEqual([person]);
    expect(await search(db, { text: 'samira' })).toHaveLength(1);
    expect((await search(db, { text: 'choir' }))[0]?.personName).toBe('Samira');

    await db.deleteFrom('notes').where('id', '=', note).execute();
    expect(await search(db, { text: 'choir' })).toEqual([]);

    // Deleting a person at their request takes their goals and notes out of the index too.
    await addGoal(person, { in_their_words: 'Pottery market stall' });
    await db.deleteFrom('people').where('id', '=', person).execute();
    expect(await search(db, { text: 'pottery' })).toEqual([]);
    expect(await search(db, { text: 'samira' })).toEqual([]);
  });

  it('still finds archived people', async () => {
    const person = await addPerson({ preferred_name: 'Morgan', archived_at: AT });
    expect(idsOf(await search(db, { text: 'morgan' }))).toEqual([person]);
  });

  it('answers nothing, without asking the database, when nothing searchable was typed', async () => {
    await t.open.close();
    for (const text of ['', '   ', '"*()', ' - : ']) expect(await search(db, { text })).toEqual([]);
    // The premise: with the database closed, any query would have failed.
    await expect(search(db, { text: 'river' })).rejects.toThrow();
  });

  it('never throws on FTS5 syntax or odd text', async () => {
    const person = await addPerson();
    const note = await addNote(person, { talked_about: 'Near the river, not far' });
    const inputs = [
      '"',
      '""',
      '"near',
      'near"',
      '(',
      ')',
      '(near',
      'NEAR(river far)',
      'NEAR/2',
      'river NEAR far',
      '*',
      'river*',
      '*river',
      '-river',
      'river -far',
      'river:far',
      'talked_about:river',
      '{talked_about}: river',
      '^river',
      '+river',
      'river AND',
      'OR river',
      'NOT',
      'river NOT far',
      'AND OR NOT',
      "l'hôpital d’été",
      '😀 river 🌊',
      '\u0000river\u0000',
      'river\u0301',
      '\ud800river',
      'ᚱᛁᚢᛖᚱ 河 نهر',
      'x'.repeat(200),
    ];
    for (const text of inputs) await expect(search(db, { text }), text).resolves.toBeDefined();
    expect(idsOf(await search(db, { text: 'NEAR(river far)' }))).toEqual([note]);
    expect(idsOf(await search(db, { text: 'river NOT far' }))).toEqual([note]);
  });

  it('never lets arbitrary text become an FTS5 syntax error', async () => {
    const person = await addPerson();
    await addNote(person, { talked_about: 'Near the river, not far' });
    const syntax = fc.constantFrom(
      '"',
      '*',
      '(',
      ')',
      ':',
      '-',
      '+',
      '^',
      '{',
      '}',
      ',',
      ' ',
      'NEAR',
      'AND',
      'OR',
      'NOT',
      'river',
      'é',
      '\u0301',
      '\u0000',
      '_',
    );
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.string({ unit: syntax, maxLength: 30 }),
    );
    await fc.assert(
      fc.asyncProperty(text, async (typed) => {
        const match = toMatchQuery(typed);
        if (match === null) return;
        expect(match).toMatch(/^("[^"]+" )*"[^"]+"\*$/u);
        await sql`SELECT count(*) AS n FROM notes_fts WHERE notes_fts MATCH ${match}`.execute(db);
        await search(db, { text: typed });
      }),
      { numRuns: 300 },
    );
  });
});
