import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Goal, Note, Person } from '../../../src-main/contract';
import type { AuditPage } from '../../../src-main/contract/rights';
import { buildOwnCopy } from '../../../src-main/core/rights/own-copy';
import { STRONG_PASSPHRASE, call, makeCore } from '../../support/core-fixture';
import { goalFields, noteFields, personFields, value } from '../../support/record-fixture';
import { makeTempDir } from '../../support/temp-dir';
import { SaveCapture } from './save-capture';

const run = promisify(execFile);

async function setUp() {
  const capture = new SaveCapture();
  const f = await makeCore({ saveFile: capture.port });
  await call(f.core, 'vault.create', { passphrase: STRONG_PASSPHRASE });
  const person = await value<Person>(f, 'people.create', personFields());
  const goal = await value<Goal>(f, 'goals.create', { personId: person.id, fields: goalFields() });
  await value(f, 'goals.addStep', { goalId: goal.id, text: 'Find the bus times' });
  const later = await value<Note>(f, 'notes.create', {
    personId: person.id,
    fields: noteFields({
      happenedAt: '2026-11-20T14:30:00.000Z',
      talkedAbout: 'The second talk, about the garden gate.',
      goalIds: [goal.id],
    }),
  });
  await value(f, 'notes.create', {
    personId: person.id,
    fields: noteFields({
      happenedAt: '2026-11-02T10:00:00.000Z',
      contactType: 'phone',
      talkedAbout: 'The first talk, about the bus.',
      inTheirWords: '',
      nextSteps: [{ what: 'Look up the schedule', who: 'Worker' }],
    }),
  });
  // Someone else's note must never be in this copy.
  const other = await value<Person>(f, 'people.create', personFields({ preferredName: 'Sam' }));
  await value(f, 'notes.create', {
    personId: other.id,
    fields: noteFields({ talkedAbout: 'Sam talked about the choir.' }),
  });
  return { f, capture, person, goal, later };
}

describe('a copy of their own notes', () => {
  it('holds every note oldest first with every field, the goals they touched and their steps', async () => {
    const { f, person } = await setUp();
    try {
      const { document, noteCount } = await buildOwnCopy(f.core.vault.database(), person.id, 'en');
      expect(noteCount).toBe(2);
      expect(document.title).toBe('Robin: your own copy of your notes');
      expect(document.language).toBe('en');
      const text = JSON.stringify(document.blocks);
      expect(text.indexOf('The first talk')).toBeLessThan(text.indexOf('The second talk'));
      for (const expected of [
        'Get back to the community garden',
        'It is where I feel calm',
        'Find the bus times (still to do)',
        'The library café',
        'I want my hands in the soil again.',
        'Planned the trip step by step',
        'Eastside community garden, Tuesday drop-in',
        '• Call the garden coordinator (Robin)',
        '• Look up the schedule (Worker)',
        '• Get back to the community garden',
        'I love birds and early mornings.',
        '45 minutes',
      ]) {
        expect(text, expected).toContain(expected);
      }
      expect(text).not.toContain('choir');
      expect(document.blocks).toContainEqual({
        kind: 'quote',
        text: '“I want my hands in the soil again.”',
        source: 'In your words',
      });

      const fr = await buildOwnCopy(f.core.vault.database(), person.id, 'fr-CA');
      expect(fr.document.title).toBe('Robin : votre copie de vos notes');
      expect(JSON.stringify(fr.document.blocks)).toContain('Vos notes (2)');
    } finally {
      await f.cleanup();
    }
  });

  it('saves it as a PDF through the one way out, with only the count in the audit', async () => {
    const { f, capture, person } = await setUp();
    const dir = await makeTempDir();
    try {
      const saved = await value(f, 'rights.copyOfNotes', { personId: person.id, language: 'en' });
      expect(saved).toMatchObject({ outcome: 'saved' });
      const file = capture.saved[0];
      expect(file?.kind).toBe('pdf');
      expect(file?.suggestedName).not.toContain('Robin');
      const pdf = join(dir.path, 'copy.pdf');
      await writeFile(pdf, file?.bytes ?? new Uint8Array());
      const { stdout } = await run('pdftotext', ['-layout', pdf, '-']);
      expect(stdout).toContain('your own copy of your notes');
      expect(stdout).toContain('The first talk, about the bus.');
      expect(stdout).not.toContain('choir');

      const log = await value<AuditPage>(f, 'audit.list', { limit: 1 });
      expect(log.items[0]).toMatchObject({
        subjectType: 'person',
        subjectId: person.id,
        detail: [{ key: 'notes', value: '2' }],
      });
      expect(JSON.stringify(log)).not.toContain('Robin');

      capture.cancelNext = true;
      await expect(
        value(f, 'rights.copyOfNotes', { personId: person.id, language: 'en' }),
      ).resolves.toEqual({ outcome: 'cancelled' });
      const missing = await f.core.dispatch('rights.copyOfNotes', {
        personId: '00000000-0000-4000-8000-000000000000',
        language: 'en',
      });
      expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    } finally {
      await dir.remove();
      await f.cleanup();
    }
  });
});
