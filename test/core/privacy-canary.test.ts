import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CoreFixture } from '../support/core-fixture';
import { call, makeCore } from '../support/core-fixture';

/** A strong passphrase that is also a recognisable canary. */
const CANARY_PASSPHRASE = 'CanaryPass quietly 7f3a9c folds lanterns';
const CANARY_NEXT = 'CanaryNext violet 2b8e41 harbour teacups';

/** Every encoding a careless write could use. */
function encodings(secret: Buffer): Buffer[] {
  const forms = [
    secret,
    Buffer.from(secret.toString('hex')),
    Buffer.from(secret.toString('hex').toUpperCase()),
    Buffer.from(secret.toString('base64')),
    Buffer.from(secret.toString('base64url')),
    Buffer.from(secret.toString('utf16le'), 'utf16le'),
  ];
  if (secret.toString('utf8').length > 0)
    forms.push(Buffer.from(secret.toString('utf8'), 'utf16le'));
  return forms;
}

async function everyFile(dir: string): Promise<Array<{ name: string; bytes: Buffer }>> {
  const names = await readdir(dir, { recursive: true });
  const files: Array<{ name: string; bytes: Buffer }> = [];
  for (const name of names) {
    try {
      files.push({ name, bytes: await readFile(join(dir, name)) });
    } catch {
      // a folder
    }
  }
  return files;
}

function findLeaks(
  files: Array<{ name: string; bytes: Buffer }>,
  secrets: Record<string, Buffer>,
): string[] {
  const leaks: string[] = [];
  for (const [label, secret] of Object.entries(secrets)) {
    for (const form of encodings(secret)) {
      for (const file of files)
        if (file.bytes.includes(form)) leaks.push(`${label} in ${file.name}`);
    }
  }
  return leaks;
}

describe('privacy canary', () => {
  it('no file, log line or audit event holds the passphrase, the recovery code or the data key', async () => {
    const f: CoreFixture = await makeCore();
    try {
      const { recoveryCode } = (await call(f.core, 'vault.create', {
        passphrase: CANARY_PASSPHRASE,
      })) as {
        recoveryCode: string;
      };
      const dataKey = await captureDataKey(f);
      await call(f.core, 'vault.confirmRecoveryCode');
      await call(f.core, 'vault.lock');
      await f.core.dispatch('vault.unlock', { passphrase: `${CANARY_PASSPHRASE} typo` });
      await call(f.core, 'vault.unlock', { passphrase: CANARY_PASSPHRASE });
      await call(f.core, 'vault.changePassphrase', {
        current: CANARY_PASSPHRASE,
        next: CANARY_NEXT,
      });
      await call(f.core, 'settings.setIdleLock', { minutes: 7 });
      const audit = await f.core.vault.database().selectFrom('audit_events').selectAll().execute();
      await call(f.core, 'vault.lock');
      await call(f.core, 'vault.unlockWithRecoveryCode', {
        recoveryCode,
        newPassphrase: CANARY_PASSPHRASE,
      });
      await call(f.core, 'vault.lock');

      const secrets: Record<string, Buffer> = {
        passphrase: Buffer.from(CANARY_PASSPHRASE),
        'mistyped passphrase': Buffer.from(`${CANARY_PASSPHRASE} typo`),
        'next passphrase': Buffer.from(CANARY_NEXT),
        'recovery code': Buffer.from(recoveryCode),
        'recovery code, no dashes': Buffer.from(recoveryCode.replace(/-/g, '')),
        'data key': dataKey,
      };
      const files = await everyFile(f.dataDir);
      expect(files.map((file) => file.name).sort()).toEqual(
        expect.arrayContaining([
          'alongside.db',
          'preferences.json',
          'unlock-attempts.json',
          'vault.json',
        ]),
      );
      expect(findLeaks(files, secrets)).toEqual([]);
      expect(findLeaks([{ name: 'log', bytes: Buffer.from(f.logger.text()) }], secrets)).toEqual(
        [],
      );
      expect(
        findLeaks([{ name: 'audit', bytes: Buffer.from(JSON.stringify(audit)) }], secrets),
      ).toEqual([]);
      expect(
        findLeaks([{ name: 'events', bytes: Buffer.from(JSON.stringify(f.events)) }], secrets),
      ).toEqual([]);
      expect(f.logger.entries.length).toBeGreaterThan(0);
      // The search itself must be able to fail: a file with the key in hex is caught.
      const planted = { name: 'planted', bytes: Buffer.from(`x${dataKey.toString('hex')}x`) };
      expect(findLeaks([planted], secrets)).toEqual(['data key in planted']);
      expect(audit.length).toBeGreaterThan(3);
    } finally {
      await f.cleanup();
    }
  });

  it('deletion on request leaves no word of the person in any page of any file after the checkpoint, shares and consents included', async () => {
    const { SaveCapture } = await import('./rights/save-capture');
    const { decryptDatabase, decryptWal, readIfPresent } = await import('./rights/decrypt-pages');
    const { recoverDataKey } = await import('../support/recover-data-key');
    const capture = new SaveCapture();
    const f: CoreFixture = await makeCore({ saveFile: capture.port });
    try {
      await call(f.core, 'vault.create', { passphrase: CANARY_PASSPHRASE });
      const envelope = JSON.parse(await readFile(join(f.dataDir, 'vault.json'), 'utf8'));
      const key = await recoverDataKey(envelope, 'passphrase', CANARY_PASSPHRASE);
      // One search token per field, so a leftover names the field it came from.
      const c = (field: string) => `Zqxgone${field}`;
      const person = (await call(f.core, 'people.create', {
        preferredName: c('Name'),
        pronouns: c('Pronouns'),
        contactPreference: c('Contact'),
        aboutInTheirWords: c('About'),
        strengths: c('Strengths'),
      })) as { id: string };
      const goal = (await call(f.core, 'goals.create', {
        personId: person.id,
        fields: { inTheirWords: c('Goal'), whyItMatters: c('Why'), status: 'exploring' },
      })) as { id: string };
      await call(f.core, 'goals.addStep', { goalId: goal.id, text: c('Step') });
      const fields = {
        happenedAt: '2026-11-20T10:00:00.000Z',
        contactType: 'in_person',
        durationMinutes: 30,
        setting: c('Setting'),
        talkedAbout: c('Talked'),
        inTheirWords: c('Words'),
        strengthsNoticed: c('Noticed'),
        resources: c('Resources'),
        nextSteps: [{ what: c('What'), who: c('Who') }],
        goalIds: [goal.id],
      };
      const note = (await call(f.core, 'notes.create', { personId: person.id, fields })) as {
        id: string;
      };
      await call(f.core, 'notes.save', {
        id: note.id,
        fields: { ...fields, talkedAbout: c('Earlier') },
      });
      const recipient = (await call(f.core, 'recipients.create', {
        name: 'Dr Amira Haddad',
        organisation: 'Riverside Clinic',
        role: 'Family doctor',
      })) as { id: string };
      const share = (await call(f.core, 'shares.create', {
        personId: person.id,
        fields: {
          recipientId: recipient.id,
          purpose: c('Purpose'),
          body: c('Body'),
          quotes: [{ noteId: note.id, text: c('Words') }],
        },
      })) as { id: string };
      const review = (await call(f.core, 'review.start', {
        shareId: share.id,
        language: 'en',
      })) as {
        statements: { version: string; items: Array<{ id: string }> };
      };
      await call(f.core, 'review.approve', {
        typedName: c('Name'),
        statementsVersion: review.statements.version,
        confirmedStatements: review.statements.items.map((item) => item.id),
        format: 'pdf',
        method: 'side_by_side',
        expiresInDays: 30,
      });
      await call(f.core, 'review.exit', { passphrase: CANARY_PASSPHRASE });
      await call(f.core, 'shares.release', { id: share.id, format: 'pdf' });
      expect(capture.saved).toHaveLength(1);
      const other = (await call(f.core, 'people.create', {
        preferredName: 'Zqxstaysname',
        pronouns: '',
        contactPreference: '',
        aboutInTheirWords: 'Zqxstaysabout',
        strengths: '',
      })) as { id: string };
      await call(f.core, 'reflections.create', { title: 'Zqxstaystitle', body: 'Zqxstaysbody' });

      const plaintext = async () => {
        const db = join(f.dataDir, 'alongside.db');
        const pages = [
          ...decryptDatabase(await readIfPresent(db), key),
          ...decryptWal(await readIfPresent(`${db}-wal`), key),
        ];
        const rest = (await everyFile(f.dataDir))
          .filter((file) => !file.name.startsWith('alongside.db'))
          .map((file) => file.bytes);
        return Buffer.concat([...pages, ...rest])
          .toString('latin1')
          .toLowerCase();
      };
      const words = [
        'name',
        'about',
        'goal',
        'step',
        'talked',
        'earlier',
        'who',
        'purpose',
        'body',
      ];
      // The search must be able to fail: before the deletion every word is found.
      const before = await plaintext();
      expect(words.filter((word) => !before.includes(`zqxgone${word}`))).toEqual([]);

      await expect(
        call(f.core, 'rights.deletePerson', { personId: person.id, confirmation: c('Name') }),
      ).resolves.toEqual({ notes: 1, versions: 2, goals: 1, steps: 1, shares: 1 });

      const after = await plaintext();
      expect(after.includes('zqxgone')).toBe(false);
      expect(
        ['zqxstaysname', 'zqxstaysabout', 'zqxstaystitle', 'zqxstaysbody'].every((w) =>
          after.includes(w),
        ),
      ).toBe(true);
      await expect(call(f.core, 'people.get', { id: other.id })).resolves.toMatchObject({
        aboutInTheirWords: 'Zqxstaysabout',
      });
      const audit = await f.core.vault.database().selectFrom('audit_events').selectAll().execute();
      expect(JSON.stringify(audit).toLowerCase()).not.toContain('zqxgone');
      expect(f.logger.text().toLowerCase()).not.toContain('zqxgone');
      await expect(call(f.core, 'audit.verify')).resolves.toEqual({
        intact: true,
        events: audit.length,
      });
    } finally {
      await f.cleanup();
    }
  });
});

/**
 * The data key is what SQLCipher was given; recover it the way IT would (docs/DATA-FORMAT.md)
 * from the envelope and the passphrase, so the test does not depend on the vault's internals.
 */
async function captureDataKey(f: CoreFixture): Promise<Buffer> {
  const { recoverDataKey } = await import('../support/recover-data-key');
  const envelope = JSON.parse(await readFile(join(f.dataDir, 'vault.json'), 'utf8'));
  return recoverDataKey(envelope, 'passphrase', CANARY_PASSPHRASE);
}

describe('privacy canary in the clinical-facing space', () => {
  it('no word of a recipient, share, quote, consent or release is in plaintext on disk, in logs or in the audit', async () => {
    const { approval, makeSharingCore } = await import('./sharing/sharing-fixture');
    const { STRONG_PASSPHRASE } = await import('../support/core-fixture');
    const s = await makeSharingCore();
    // One canary per field, so a leak names the field.
    const canary = (field: string) => `ZQXSHARECANARY-${field}-4c1e`;
    try {
      const person = (await call(s.f.core, 'people.create', {
        preferredName: canary('typedName'),
        pronouns: '',
        contactPreference: '',
        aboutInTheirWords: '',
        strengths: '',
      })) as { id: string };
      const note = (await call(s.f.core, 'notes.create', {
        personId: person.id,
        fields: {
          happenedAt: '2026-11-20T10:00:00.000Z',
          contactType: 'phone',
          durationMinutes: 20,
          setting: '',
          talkedAbout: `We talked. ${canary('quote')} And more.`,
          inTheirWords: '',
          strengthsNoticed: '',
          resources: '',
          nextSteps: [],
          goalIds: [],
        },
      })) as { id: string };
      const recipient = (await call(s.f.core, 'recipients.create', {
        name: canary('recipientName'),
        organisation: canary('organisation'),
        role: canary('role'),
      })) as { id: string };
      const fields = {
        recipientId: recipient.id,
        purpose: canary('purpose'),
        body: canary('body'),
        quotes: [{ noteId: note.id, text: canary('quote') }],
      };
      const share = (await call(s.f.core, 'shares.create', {
        personId: person.id,
        fields,
      })) as { id: string };
      await call(s.f.core, 'review.start', { shareId: share.id, language: 'fr-CA' });
      await call(s.f.core, 'review.approve', approval({ typedName: canary('typedName') }));
      await call(s.f.core, 'review.exit', { passphrase: STRONG_PASSPHRASE });
      await call(s.f.core, 'shares.release', { id: share.id, format: 'pdf' });
      await call(s.f.core, 'shares.withdraw', { id: share.id, reason: canary('reason') });
      const declined = (await call(s.f.core, 'shares.create', {
        personId: person.id,
        fields: { ...fields, body: canary('declinedBody') },
      })) as { id: string };
      await call(s.f.core, 'review.start', { shareId: declined.id, language: 'en' });
      await call(s.f.core, 'review.decline', { method: 'read_aloud', language: 'en' });
      await call(s.f.core, 'review.exit', { passphrase: STRONG_PASSPHRASE });
      const audit = await s.f.core.vault
        .database()
        .selectFrom('audit_events')
        .selectAll()
        .execute();
      await s.f.core.lock('manual');

      // The released file holds the words: that is the one way out, and it is outside the data folder.
      expect(s.saver.files).toHaveLength(1);
      const secrets = Object.fromEntries(
        [
          'typedName',
          'quote',
          'recipientName',
          'organisation',
          'role',
          'purpose',
          'body',
          'reason',
          'declinedBody',
        ].map((field) => [field, Buffer.from(canary(field))]),
      );
      const files = await everyFile(s.f.dataDir);
      expect(files.map((file) => file.name)).toContain('alongside.db');
      expect(findLeaks(files, secrets)).toEqual([]);
      expect(findLeaks([{ name: 'log', bytes: Buffer.from(s.f.logger.text()) }], secrets)).toEqual(
        [],
      );
      expect(
        findLeaks([{ name: 'audit', bytes: Buffer.from(JSON.stringify(audit)) }], secrets),
      ).toEqual([]);
      expect(
        findLeaks([{ name: 'events', bytes: Buffer.from(JSON.stringify(s.f.events)) }], secrets),
      ).toEqual([]);
      expect(audit.map((event) => event.action)).toEqual(
        expect.arrayContaining([
          'recipient.created',
          'share.created',
          'consent.given',
          'share.released',
          'consent.withdrawn',
          'consent.declined',
        ]),
      );
      // The search can fail: a planted copy of a field is found and named.
      const planted = { name: 'planted', bytes: Buffer.from(`x${canary('body')}x`) };
      expect(new Set(findLeaks([planted], secrets))).toEqual(new Set(['body in planted']));
    } finally {
      await s.cleanup();
    }
  });
});
