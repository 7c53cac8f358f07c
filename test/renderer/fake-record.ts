import type {
  AppError,
  Channel,
  ChannelInput,
  ChannelOutput,
  Goal,
  LanguageFlag,
  Note,
  NoteFields,
  Person,
  PersonSummary,
  Reflection,
  Result,
  SearchHit,
} from '../../src-main/contract';

type Handler<C extends Channel> = (
  input: ChannelInput<C>,
) => Result<ChannelOutput<C>> | Promise<Result<ChannelOutput<C>>>;

export type RecordChannel = Extract<
  Channel,
  | `people.${string}`
  | `goals.${string}`
  | `notes.${string}`
  | `reflections.${string}`
  | `search.${string}`
  | `language.${string}`
>;
type RecordHandlers = { [C in RecordChannel]: Handler<C> };

const OPEN = '\u0002';
const CLOSE = '\u0003';

function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

function notFound(): { ok: false; error: AppError } {
  return { ok: false, error: { code: 'NOT_FOUND', message: 'Not found.' } };
}

interface StoredVersion {
  version: number;
  savedAt: string;
  restoredFrom: number | null;
  fields: NoteFields;
}

interface StoredNote {
  id: string;
  personId: string;
  createdAt: string;
  versions: StoredVersion[];
}

/** Words the fake language check flags, as the core's word list would. */
export const FAKE_TERMS = [
  {
    termId: 'non-compliant',
    pattern: /non-compliant/gi,
    suggestion: 'chose not to…',
    why: 'It describes the person from the system’s point of view.',
  },
  {
    termId: 'manipulative',
    pattern: /manipulative/gi,
    suggestion: 'trying to get a need met',
    why: 'It judges the person instead of describing what happened.',
  },
] as const;

function page<T>(items: T[], cursor: string | null | undefined, limit = 50) {
  const start = cursor ? Number(cursor) : 0;
  const slice = items.slice(start, start + limit);
  const next = start + limit < items.length ? String(start + limit) : null;
  return { items: slice, nextCursor: next };
}

function snippetOf(text: string, needle: string): string | null {
  const at = text.toLowerCase().indexOf(needle.toLowerCase());
  if (at < 0) return null;
  const from = Math.max(0, at - 30);
  const to = Math.min(text.length, at + needle.length + 30);
  return `${from > 0 ? '…' : ''}${text.slice(from, at)}${OPEN}${text.slice(at, at + needle.length)}${CLOSE}${text.slice(at + needle.length, to)}${to < text.length ? '…' : ''}`;
}

/** The person's own space, in memory: people, goals, notes with versions, reflections. */
export class FakeRecord {
  readonly people = new Map<string, Person>();
  readonly goals = new Map<string, Goal>();
  readonly notes = new Map<string, StoredNote>();
  readonly reflections = new Map<string, Reflection>();
  private last = 0;

  /** Strictly increasing timestamps, so "most recent first" is never a tie. */
  stamp(): string {
    this.last = Math.max(Date.now(), this.last + 1);
    return new Date(this.last).toISOString();
  }

  addPerson(fields: Partial<Person> & { preferredName: string }): Person {
    const now = this.stamp();
    const person: Person = {
      id: crypto.randomUUID(),
      pronouns: '',
      contactPreference: '',
      aboutInTheirWords: '',
      strengths: '',
      createdAt: now,
      updatedAt: now,
      lastActivityAt: now,
      archivedAt: null,
      ...fields,
    };
    this.people.set(person.id, person);
    return person;
  }

  private touch(personId: string): void {
    const person = this.people.get(personId);
    if (person) this.people.set(personId, { ...person, lastActivityAt: this.stamp() });
  }

  private goalFor(stepId: string): Goal | undefined {
    return [...this.goals.values()].find((goal) => goal.steps.some((s) => s.id === stepId));
  }

  private putGoal(goal: Goal): Result<Goal> {
    const updated = { ...goal, updatedAt: this.stamp() };
    this.goals.set(goal.id, updated);
    this.touch(goal.personId);
    return ok(updated);
  }

  noteOf(stored: StoredNote): Note {
    const latest = stored.versions.at(-1);
    if (!latest) throw new Error('A note always has a version.');
    return {
      ...latest.fields,
      id: stored.id,
      personId: stored.personId,
      version: latest.version,
      createdAt: stored.createdAt,
      updatedAt: latest.savedAt,
    };
  }

  private addVersion(stored: StoredNote, fields: NoteFields, restoredFrom: number | null) {
    const version = (stored.versions.at(-1)?.version ?? 0) + 1;
    const entry = { version, savedAt: this.stamp(), restoredFrom, fields };
    stored.versions.push(entry);
    this.touch(stored.personId);
    return entry;
  }

  search(text: string, personId?: string): SearchHit[] {
    const needle = text.trim();
    if (!needle) return [];
    const hits: SearchHit[] = [];
    const consider = (hit: Omit<SearchHit, 'snippet'>, texts: string[]) => {
      for (const value of texts) {
        const snippet = snippetOf(value, needle);
        if (snippet !== null) {
          hits.push({ ...hit, snippet });
          return;
        }
      }
    };
    for (const person of this.people.values()) {
      if (personId && person.id !== personId) continue;
      consider(
        {
          kind: 'person',
          id: person.id,
          personId: person.id,
          personName: person.preferredName,
          title: person.preferredName,
        },
        [person.preferredName, person.aboutInTheirWords, person.strengths],
      );
    }
    for (const goal of this.goals.values()) {
      if (personId && goal.personId !== personId) continue;
      const name = this.people.get(goal.personId)?.preferredName ?? null;
      consider(
        {
          kind: 'goal',
          id: goal.id,
          personId: goal.personId,
          personName: name,
          title: goal.inTheirWords,
        },
        [goal.inTheirWords, goal.whyItMatters],
      );
    }
    for (const stored of this.notes.values()) {
      if (personId && stored.personId !== personId) continue;
      const note = this.noteOf(stored);
      const name = this.people.get(note.personId)?.preferredName ?? null;
      consider(
        {
          kind: 'note',
          id: note.id,
          personId: note.personId,
          personName: name,
          title: `${note.happenedAt.slice(0, 10)} · ${note.contactType}`,
          note: { happenedAt: note.happenedAt, contactType: note.contactType },
        },
        [note.talkedAbout, note.inTheirWords, note.strengthsNoticed, note.resources],
      );
    }
    if (!personId) {
      for (const reflection of this.reflections.values()) {
        consider(
          {
            kind: 'reflection',
            id: reflection.id,
            personId: null,
            personName: null,
            title: reflection.title,
          },
          [reflection.title, reflection.body],
        );
      }
    }
    return hits;
  }

  readonly handlers: RecordHandlers = {
    'people.list': ({ filter, includeArchived, cursor, limit }) => {
      const needle = (filter ?? '').trim().toLowerCase();
      const items: PersonSummary[] = [...this.people.values()]
        .filter((person) => includeArchived || person.archivedAt === null)
        .filter((person) => !needle || person.preferredName.toLowerCase().includes(needle))
        .sort((a, b) => b.lastActivityAt.localeCompare(a.lastActivityAt))
        .map(({ id, preferredName, pronouns, lastActivityAt, archivedAt }) => ({
          id,
          preferredName,
          pronouns,
          lastActivityAt,
          archivedAt,
        }));
      return ok(page(items, cursor, limit));
    },
    'people.get': ({ id }) => {
      const person = this.people.get(id);
      return person ? ok(person) : notFound();
    },
    'people.create': (fields) => ok(this.addPerson(fields)),
    'people.update': ({ id, fields }) => {
      const person = this.people.get(id);
      if (!person) return notFound();
      const now = this.stamp();
      const updated = { ...person, ...fields, updatedAt: now, lastActivityAt: now };
      this.people.set(id, updated);
      return ok(updated);
    },
    'people.setArchived': ({ id, archived }) => {
      const person = this.people.get(id);
      if (!person) return notFound();
      const updated = { ...person, archivedAt: archived ? this.stamp() : null };
      this.people.set(id, updated);
      return ok(updated);
    },

    'goals.list': ({ personId }) =>
      ok(
        [...this.goals.values()]
          .filter((goal) => goal.personId === personId)
          .sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
      ),
    'goals.create': ({ personId, fields }) => {
      if (!this.people.has(personId)) return notFound();
      const now = this.stamp();
      const goal: Goal = {
        ...fields,
        id: crypto.randomUUID(),
        personId,
        createdAt: now,
        updatedAt: now,
        reachedAt: fields.status === 'reached' ? now : null,
        steps: [],
      };
      return this.putGoal(goal);
    },
    'goals.update': ({ id, fields }) => {
      const goal = this.goals.get(id);
      if (!goal) return notFound();
      const reachedAt = fields.status === 'reached' ? (goal.reachedAt ?? this.stamp()) : null;
      return this.putGoal({ ...goal, ...fields, reachedAt });
    },
    'goals.setStatus': ({ id, status }) => {
      const goal = this.goals.get(id);
      if (!goal) return notFound();
      const reachedAt = status === 'reached' ? (goal.reachedAt ?? this.stamp()) : null;
      return this.putGoal({ ...goal, status, reachedAt });
    },
    'goals.addStep': ({ goalId, text }) => {
      const goal = this.goals.get(goalId);
      if (!goal) return notFound();
      const step = {
        id: crypto.randomUUID(),
        text: text.trim(),
        doneAt: null,
        position: goal.steps.length,
      };
      return this.putGoal({ ...goal, steps: [...goal.steps, step] });
    },
    'goals.setStepDone': ({ stepId, done }) => {
      const goal = this.goalFor(stepId);
      if (!goal) return notFound();
      const steps = goal.steps.map((step) =>
        step.id === stepId ? { ...step, doneAt: done ? this.stamp() : null } : step,
      );
      return this.putGoal({ ...goal, steps });
    },
    'goals.removeStep': ({ stepId }) => {
      const goal = this.goalFor(stepId);
      if (!goal) return notFound();
      return this.putGoal({ ...goal, steps: goal.steps.filter((step) => step.id !== stepId) });
    },

    'notes.list': ({ personId, cursor, limit }) => {
      const items = [...this.notes.values()]
        .filter((stored) => stored.personId === personId)
        .map((stored) => this.noteOf(stored))
        .sort((a, b) => b.happenedAt.localeCompare(a.happenedAt))
        .map((note) => ({
          id: note.id,
          personId: note.personId,
          happenedAt: note.happenedAt,
          contactType: note.contactType,
          durationMinutes: note.durationMinutes,
          preview: note.talkedAbout.slice(0, 80),
          version: note.version,
          updatedAt: note.updatedAt,
        }));
      return ok(page(items, cursor, limit));
    },
    'notes.get': ({ id }) => {
      const stored = this.notes.get(id);
      return stored ? ok(this.noteOf(stored)) : notFound();
    },
    'notes.create': ({ personId, fields }) => {
      if (!this.people.has(personId)) return notFound();
      const stored: StoredNote = {
        id: crypto.randomUUID(),
        personId,
        createdAt: this.stamp(),
        versions: [],
      };
      this.addVersion(stored, fields, null);
      this.notes.set(stored.id, stored);
      return ok(this.noteOf(stored));
    },
    'notes.save': ({ id, fields }) => {
      const stored = this.notes.get(id);
      if (!stored) return notFound();
      const latest = stored.versions.at(-1);
      if (latest && JSON.stringify(latest.fields) === JSON.stringify(fields)) {
        return ok({ id, version: latest.version, changed: false, savedAt: latest.savedAt });
      }
      const entry = this.addVersion(stored, fields, null);
      return ok({ id, version: entry.version, changed: true, savedAt: entry.savedAt });
    },
    'notes.versions': ({ noteId }) => {
      const stored = this.notes.get(noteId);
      if (!stored) return notFound();
      return ok(
        [...stored.versions]
          .reverse()
          .map(({ version, savedAt, restoredFrom }) => ({ version, savedAt, restoredFrom })),
      );
    },
    'notes.version': ({ noteId, version }) => {
      const entry = this.notes.get(noteId)?.versions.find((v) => v.version === version);
      return entry ? ok({ ...entry, noteId }) : notFound();
    },
    'notes.restore': ({ noteId, version }) => {
      const stored = this.notes.get(noteId);
      const entry = stored?.versions.find((v) => v.version === version);
      if (!stored || !entry) return notFound();
      this.addVersion(stored, entry.fields, version);
      return ok(this.noteOf(stored));
    },

    'reflections.list': ({ cursor, limit }) => {
      const items = [...this.reflections.values()]
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
        .map(({ id, title, body, updatedAt }) => ({
          id,
          title,
          preview: body.slice(0, 80),
          updatedAt,
        }));
      return ok(page(items, cursor, limit));
    },
    'reflections.get': ({ id }) => {
      const reflection = this.reflections.get(id);
      return reflection ? ok(reflection) : notFound();
    },
    'reflections.create': (fields) => {
      const now = this.stamp();
      const reflection = { ...fields, id: crypto.randomUUID(), createdAt: now, updatedAt: now };
      this.reflections.set(reflection.id, reflection);
      return ok(reflection);
    },
    'reflections.save': ({ id, fields }) => {
      const reflection = this.reflections.get(id);
      if (!reflection) return notFound();
      const updated = { ...reflection, ...fields, updatedAt: this.stamp() };
      this.reflections.set(id, updated);
      return ok(updated);
    },
    'reflections.delete': ({ id }) => {
      if (!this.reflections.delete(id)) return notFound();
      return ok({});
    },

    'search.query': ({ text, personId, limit }) =>
      ok(this.search(text, personId).slice(0, limit ?? 50)),
    'language.check': ({ text }) => {
      const flags: LanguageFlag[] = [];
      for (const term of FAKE_TERMS) {
        for (const match of text.matchAll(term.pattern)) {
          flags.push({
            start: match.index,
            end: match.index + match[0].length,
            found: match[0],
            termId: term.termId,
            suggestion: term.suggestion,
            why: term.why,
          });
        }
      }
      return ok(flags.sort((a, b) => a.start - b.start));
    },
  };
}
