import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  Goal,
  Note,
  NoteSaved,
  NoteSummary,
  NoteVersion,
  NoteVersionSummary,
  Person,
} from '../../../src-main/contract';
import type { CoreFixture } from '../../support/core-fixture';
import {
  goalFields,
  makeUnlockedCore,
  noteFields,
  personFields,
  value,
} from '../../support/record-fixture';

let f: CoreFixture;
let person: Person;
let goal: Goal;
beforeEach(async () => {
  f = await makeUnlockedCore();
  person = await value<Person>(f, 'people.create', personFields());
  goal = await value<Goal>(f, 'goals.create', { personId: person.id, fields: goalFields() });
});
afterEach(async () => {
  await f.cleanup();
});

const create = (overrides = {}) =>
  value<Note>(f, 'notes.create', {
    personId: person.id,
    fields: noteFields({ goalIds: [goal.id], ...overrides }),
  });

describe('notes written together', () => {
  it('round-trip every field, goals touched included', async () => {
    const note = await create();
    expect(note).toMatchObject({
      ...noteFields({ goalIds: [goal.id] }),
      personId: person.id,
      version: 1,
    });
    expect(await value<Note>(f, 'notes.get', { id: note.id })).toEqual(note);
  });

  it('keep a version for every save that changes content, and none for one that does not', async () => {
    const note = await create();
    const same = await value<NoteSaved>(f, 'notes.save', {
      id: note.id,
      fields: noteFields({ goalIds: [goal.id] }),
    });
    expect(same).toMatchObject({ changed: false, version: 1 });
    f.clock.advance(1000);
    const second = await value<NoteSaved>(f, 'notes.save', {
      id: note.id,
      fields: noteFields({ goalIds: [goal.id], talkedAbout: 'We planned the first visit.' }),
    });
    expect(second).toMatchObject({ changed: true, version: 2 });
    const third = await value<NoteSaved>(f, 'notes.save', {
      id: note.id,
      fields: noteFields({ goalIds: [], talkedAbout: 'We planned the first visit.' }),
    });
    expect(third.version).toBe(3);
    const versions = await value<NoteVersionSummary[]>(f, 'notes.versions', { noteId: note.id });
    expect(versions.map((v) => v.version)).toEqual([3, 2, 1]);
    const first = await value<NoteVersion>(f, 'notes.version', { noteId: note.id, version: 1 });
    expect(first.fields).toEqual(noteFields({ goalIds: [goal.id] }));
  });

  it('restore an older version as a new version, keeping the history', async () => {
    const note = await create();
    await value(f, 'notes.save', {
      id: note.id,
      fields: noteFields({ talkedAbout: 'Changed our minds.' }),
    });
    const restored = await value<Note>(f, 'notes.restore', { noteId: note.id, version: 1 });
    expect(restored).toMatchObject({
      version: 3,
      talkedAbout: noteFields().talkedAbout,
      goalIds: [goal.id],
    });
    const versions = await value<NoteVersionSummary[]>(f, 'notes.versions', { noteId: note.id });
    expect(versions[0]).toMatchObject({ version: 3, restoredFrom: 1 });
    expect(versions).toHaveLength(3);
    const actions = await f.core.vault
      .database()
      .selectFrom('audit_events')
      .select(['action', 'detail'])
      .where('subject_id', '=', note.id)
      .orderBy('seq')
      .execute();
    expect(actions).toEqual([
      { action: 'note.created', detail: JSON.stringify({ person: person.id }) },
      { action: 'note.saved', detail: '{"version":2}' },
      { action: 'note.restored', detail: '{"from":1,"version":3}' },
    ]);
  });

  it('refuse a goal from another person’s record', async () => {
    const other = await value<Person>(f, 'people.create', personFields({ preferredName: 'Sam' }));
    const theirs = await value<Goal>(f, 'goals.create', {
      personId: other.id,
      fields: goalFields(),
    });
    const result = await f.core.dispatch('notes.create', {
      personId: person.id,
      fields: noteFields({ goalIds: [theirs.id] }),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('list newest first with a keyset cursor, and bring the person up the home list', async () => {
    const sam = await value<Person>(f, 'people.create', personFields({ preferredName: 'Sam' }));
    for (let day = 1; day <= 7; day += 1) {
      f.clock.advance(1000);
      await create({ happenedAt: `2026-11-0${day}T10:00:00.000Z`, talkedAbout: `Day ${day}` });
    }
    const first = await value<{ items: NoteSummary[]; nextCursor: string | null }>(
      f,
      'notes.list',
      {
        personId: person.id,
        limit: 4,
      },
    );
    expect(first.items.map((n) => n.preview)).toEqual(['Day 7', 'Day 6', 'Day 5', 'Day 4']);
    const second = await value<{ items: NoteSummary[]; nextCursor: string | null }>(
      f,
      'notes.list',
      {
        personId: person.id,
        limit: 4,
        cursor: first.nextCursor,
      },
    );
    expect(second.items.map((n) => n.preview)).toEqual(['Day 3', 'Day 2', 'Day 1']);
    expect(second.nextCursor).toBeNull();
    const home = await value<{ items: Person[] }>(f, 'people.list', {});
    expect(home.items.map((p) => p.preferredName)).toEqual(['Robin', sam.preferredName]);
  });
});

describe('next steps in search', () => {
  it('are found by what and who, not by the JSON keys', async () => {
    const note = await value<Note>(f, 'notes.create', {
      personId: person.id,
      fields: noteFields({
        nextSteps: [{ what: 'Phone the allotment office', who: 'Marguerite' }],
      }),
    });
    const byWhat = await value<Array<{ id: string }>>(f, 'search.query', { text: 'allotment' });
    const byWho = await value<Array<{ id: string }>>(f, 'search.query', { text: 'Marguerite' });
    expect(byWhat.map((h) => h.id)).toEqual([note.id]);
    expect(byWho.map((h) => h.id)).toEqual([note.id]);
    expect(await value<unknown[]>(f, 'search.query', { text: 'what' })).toEqual([]);
  });
});

describe('plain text', () => {
  it('drops control characters, which would otherwise fake search highlights', async () => {
    const note = await value<Note>(f, 'notes.create', {
      personId: person.id,
      fields: noteFields({ talkedAbout: 'a\u0002b\u0003c\u0000d\ttab\nline' }),
    });
    expect(note.talkedAbout).toBe('abcd\ttab\nline');
  });
});
