import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Goal, Note, Person } from '../../../src-main/contract';
import type { AuditPage, DeletionCounts } from '../../../src-main/contract/rights';
import { STRONG_PASSPHRASE } from '../../support/core-fixture';
import type { CoreFixture } from '../../support/core-fixture';
import { recoverDataKey } from '../../support/recover-data-key';
import {
  goalFields,
  makeUnlockedCore,
  noteFields,
  personFields,
  value,
} from '../../support/record-fixture';
import { decryptDatabase, decryptWal, readIfPresent } from './decrypt-pages';

/** Letters only, so each canary is one search token the index stores as it is, lowercased. */
const canary = (who: 'del' | 'keep', field: string) => `Zqx${who}${field}`;

async function addEverything(f: CoreFixture, who: 'del' | 'keep'): Promise<Person> {
  const c = (field: string) => canary(who, field);
  const person = await value<Person>(f, 'people.create', {
    preferredName: c('Name'),
    pronouns: c('Pronouns'),
    contactPreference: c('Contact'),
    aboutInTheirWords: c('About'),
    strengths: c('Strengths'),
  });
  const goal = await value<Goal>(f, 'goals.create', {
    personId: person.id,
    fields: { inTheirWords: c('Goal'), whyItMatters: c('Why'), status: 'working_on_it' },
  });
  await value(f, 'goals.addStep', { goalId: goal.id, text: c('Step') });
  const fields = {
    happenedAt: '2026-11-20T10:00:00.000Z',
    contactType: 'phone',
    durationMinutes: 20,
    setting: c('Setting'),
    talkedAbout: c('Talked'),
    inTheirWords: c('Words'),
    strengthsNoticed: c('Noticed'),
    resources: c('Resources'),
    nextSteps: [{ what: c('What'), who: c('Who') }],
    goalIds: [goal.id],
  };
  const note = await value<Note>(f, 'notes.create', { personId: person.id, fields });
  // A second version whose talkedAbout differs: the first lives on only in note_versions.
  await value(f, 'notes.save', {
    id: note.id,
    fields: { ...fields, talkedAbout: `${c('Talkedagain')} and more` },
  });
  return person;
}

/** Every page of every file in the data folder, decrypted where it is the database or its WAL. */
async function plaintextOfFolder(f: CoreFixture, key: Buffer): Promise<Buffer> {
  const db = join(f.dataDir, 'alongside.db');
  const pages = [
    ...decryptDatabase(await readIfPresent(db), key),
    ...decryptWal(await readIfPresent(`${db}-wal`), key),
  ];
  const others: Buffer[] = [];
  for (const name of await readdir(f.dataDir)) {
    if (name !== 'alongside.db' && name !== 'alongside.db-wal') {
      others.push(await readFile(join(f.dataDir, name)).catch(() => Buffer.alloc(0)));
    }
  }
  // SQLite keeps text as UTF-8 and the index lowercases tokens: compare in lower case.
  return Buffer.from(
    Buffer.concat([...pages, ...others])
      .toString('latin1')
      .toLowerCase(),
    'latin1',
  );
}

describe('deletion at the person’s request', () => {
  it('refuses unless the person’s name is typed, and changes nothing then', async () => {
    const f = await makeUnlockedCore();
    try {
      const person = await value<Person>(f, 'people.create', personFields());
      const refused = await f.core.dispatch('rights.deletePerson', {
        personId: person.id,
        confirmation: 'Robyn',
      });
      expect(refused).toMatchObject({ ok: false, error: { code: 'CONFIRMATION_MISMATCH' } });
      await expect(value(f, 'people.get', { id: person.id })).resolves.toMatchObject({
        preferredName: 'Robin',
      });
      const missing = await f.core.dispatch('rights.deletePerson', {
        personId: '00000000-0000-4000-8000-000000000000',
        confirmation: 'Robin',
      });
      expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      // Spaces around the name are forgiven; the letters are not.
      const counts = await value<DeletionCounts>(f, 'rights.deletePerson', {
        personId: person.id,
        confirmation: '  Robin ',
      });
      expect(counts).toEqual({ notes: 0, versions: 0, goals: 0, steps: 0, shares: 0 });
    } finally {
      await f.cleanup();
    }
  });

  it('leaves no word of the person in any file after the checkpoint; others stay intact; the audit keeps counts only', async () => {
    const f = await makeUnlockedCore();
    try {
      const envelope = JSON.parse(await readFile(join(f.dataDir, 'vault.json'), 'utf8'));
      const key = await recoverDataKey(envelope, 'passphrase', STRONG_PASSPHRASE);
      const gone = await addEverything(f, 'del');
      const kept = await addEverything(f, 'keep');
      await value(f, 'reflections.create', { title: 'Zqxkeepreflection', body: 'Zqxkeepbody' });
      const keptGoal = (await value<Goal[]>(f, 'goals.list', { personId: kept.id }))[0];
      await value(f, 'notes.create', {
        personId: kept.id,
        fields: noteFields({ goalIds: keptGoal ? [keptGoal.id] : [] }),
      });
      await value(f, 'goals.create', { personId: kept.id, fields: goalFields() });

      // The search must be able to fail: before deletion the words are all there.
      const before = await plaintextOfFolder(f, key);
      for (const field of ['name', 'about', 'goal', 'step', 'talked', 'talkedagain', 'who']) {
        expect(before.includes(`zqxdel${field}`), field).toBe(true);
      }

      const counts = await value<DeletionCounts>(f, 'rights.deletePerson', {
        personId: gone.id,
        confirmation: canary('del', 'Name'),
      });
      expect(counts).toEqual({ notes: 1, versions: 2, goals: 1, steps: 1, shares: 0 });

      const after = await plaintextOfFolder(f, key);
      const leftovers = ['zqxdel'].filter((word) => after.includes(word));
      expect(leftovers).toEqual([]);
      // The WAL was folded in and emptied.
      expect((await readIfPresent(join(f.dataDir, 'alongside.db-wal'))).length).toBe(0);
      // Another person's words are still on disk and still readable.
      for (const field of ['name', 'about', 'goal', 'step', 'talked', 'talkedagain', 'who']) {
        expect(after.includes(`zqxkeep${field}`), field).toBe(true);
      }
      expect(after.includes('zqxkeepreflection')).toBe(true);

      const missing = await f.core.dispatch('people.get', { id: gone.id });
      expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      await expect(value(f, 'people.get', { id: kept.id })).resolves.toMatchObject({
        preferredName: canary('keep', 'Name'),
      });
      const keptNotes = await value<{ items: unknown[] }>(f, 'notes.list', { personId: kept.id });
      expect(keptNotes.items).toHaveLength(2);
      const hits = await value<Array<{ kind: string }>>(f, 'search.query', {
        text: canary('del', 'Talked'),
      });
      expect(hits).toEqual([]);
      const keptHits = await value<unknown[]>(f, 'search.query', {
        text: canary('keep', 'Talked'),
      });
      expect(keptHits.length).toBeGreaterThan(0);

      const log = await value<AuditPage>(f, 'audit.list', { action: 'person.deleted' });
      expect(log.items).toHaveLength(1);
      expect(log.items[0]).toMatchObject({
        action: 'person.deleted',
        subjectType: 'person',
        subjectId: gone.id,
        detail: [
          { key: 'goals', value: '1' },
          { key: 'notes', value: '1' },
          { key: 'shares', value: '0' },
          { key: 'steps', value: '1' },
          { key: 'versions', value: '2' },
        ],
      });
      const rows = await f.core.vault.database().selectFrom('audit_events').selectAll().execute();
      expect(JSON.stringify(rows).toLowerCase()).not.toContain('zqx');
      await expect(value(f, 'audit.verify', {})).resolves.toEqual({
        intact: true,
        events: rows.length,
      });
    } finally {
      await f.cleanup();
    }
  });
});
