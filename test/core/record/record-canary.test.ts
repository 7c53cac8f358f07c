import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Goal, Note, Person, Reflection } from '../../../src-main/contract';
import { makeUnlockedCore, value } from '../../support/record-fixture';

/** Each field gets its own canary, so a leak names the field. */
const canary = (field: string) => `ZQXCANARY-${field}-9f27`;

describe('privacy canary in the person’s record', () => {
  it('no field of a person, goal, note or reflection appears in plaintext on disk, in logs or in the audit', async () => {
    const f = await makeUnlockedCore();
    try {
      const person = await value<Person>(f, 'people.create', {
        preferredName: canary('preferredName'),
        pronouns: canary('pronouns'),
        contactPreference: canary('contactPreference'),
        aboutInTheirWords: canary('aboutInTheirWords'),
        strengths: canary('strengths'),
      });
      const goal = await value<Goal>(f, 'goals.create', {
        personId: person.id,
        fields: {
          inTheirWords: canary('goalWords'),
          whyItMatters: canary('whyItMatters'),
          status: 'exploring',
        },
      });
      await value(f, 'goals.addStep', { goalId: goal.id, text: canary('stepText') });
      const note = await value<Note>(f, 'notes.create', {
        personId: person.id,
        fields: {
          happenedAt: '2026-11-20T10:00:00.000Z',
          contactType: 'phone',
          durationMinutes: 20,
          setting: canary('setting'),
          talkedAbout: canary('talkedAbout'),
          inTheirWords: canary('noteWords'),
          strengthsNoticed: canary('strengthsNoticed'),
          resources: canary('resources'),
          nextSteps: [{ what: canary('nextWhat'), who: canary('nextWho') }],
          goalIds: [goal.id],
        },
      });
      const {
        id: noteId,
        personId: _p,
        version: _v,
        createdAt: _c,
        updatedAt: _u,
        ...fields
      } = note;
      const saved = await value<{ version: number }>(f, 'notes.save', {
        id: noteId,
        fields: { ...fields, talkedAbout: `${canary('talkedAbout')} v2` },
      });
      expect(saved.version).toBe(2);
      await value<Reflection>(f, 'reflections.create', {
        title: canary('reflectionTitle'),
        body: canary('reflectionBody'),
      });
      await value(f, 'search.query', { text: canary('talkedAbout') });
      const audit = JSON.stringify(
        await f.core.vault.database().selectFrom('audit_events').selectAll().execute(),
      );
      await f.core.lock('manual');

      const names = await readdir(f.dataDir);
      const files = await Promise.all(
        names.map(async (n) => ({ n, bytes: await readFile(join(f.dataDir, n)) })),
      );
      const haystacks = [
        ...files.map((file) => ({ where: file.n, bytes: file.bytes })),
        { where: 'log', bytes: Buffer.from(f.logger.text()) },
        { where: 'audit', bytes: Buffer.from(audit) },
        { where: 'events', bytes: Buffer.from(JSON.stringify(f.events)) },
      ];
      const leaks = haystacks
        .filter(
          (h) =>
            h.bytes.includes(Buffer.from('ZQXCANARY')) ||
            h.bytes.includes(Buffer.from('ZQXCANARY', 'utf16le')),
        )
        .map((h) => h.where);
      expect(leaks).toEqual([]);
      expect(names).toContain('alongside.db');
    } finally {
      await f.cleanup();
    }
  });
});
