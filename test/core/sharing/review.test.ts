import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Consent, Note, Person, Review, Share } from '../../../src-main/contract';
import { STATEMENTS_VERSION } from '../../../src-main/core/sharing/statements';
import { OTHER_STRONG_PASSPHRASE, STRONG_PASSPHRASE, call } from '../../support/core-fixture';
import { noteFields, personFields, value } from '../../support/record-fixture';
import type { SharingFixture } from './sharing-fixture';
import {
  QUOTE,
  approval,
  auditActions,
  createShare,
  errorCode,
  makeSharingCore,
} from './sharing-fixture';

let s: SharingFixture;
let share: Share;
let other: Person;
let theirNote: Note;
beforeEach(async () => {
  s = await makeSharingCore();
  other = await value<Person>(s.f, 'people.create', personFields({ preferredName: 'Sam' }));
  theirNote = await value<Note>(s.f, 'notes.create', { personId: other.id, fields: noteFields() });
  share = await createShare(s);
});
afterEach(async () => {
  await s.cleanup();
});

const DAY = 86_400_000;

describe('review mode', () => {
  it('shows only this person, this share and the notes it quotes, in the chosen language', async () => {
    const review = await value<Review>(s.f, 'review.start', {
      shareId: share.id,
      language: 'fr-CA',
    });
    expect(review.person).toEqual({
      id: s.person.id,
      preferredName: 'Robin',
      pronouns: 'they/them',
    });
    expect(review.share).toMatchObject({ id: share.id, status: 'in_review' });
    expect(review.notes).toEqual([
      {
        id: s.note.id,
        happenedAt: s.note.happenedAt,
        contactType: s.note.contactType,
        talkedAbout: s.note.talkedAbout,
        inTheirWords: s.note.inTheirWords,
        strengthsNoticed: s.note.strengthsNoticed,
      },
    ]);
    expect(review.statements).toMatchObject({ version: STATEMENTS_VERSION, language: 'fr-CA' });
    expect(review.statements.items.map((i) => i.id)).toEqual([
      'can_change_mind',
      'support_does_not_depend',
      'they_may_keep',
    ]);
    expect(review.proposedExpiresAt).toBe(new Date(s.f.clock.now() + 30 * DAY).toISOString());
    expect(review).toMatchObject({
      defaultExpiryDays: 30,
      maxExpiryDays: 365,
      allowedFormats: ['pdf', 'fhir_json'],
    });
    expect(JSON.stringify(review)).not.toContain('Sam');
    const english = await value<Review>(s.f, 'review.get', { language: 'en' });
    expect(english.statements.items[1]?.text).toBe('Your support does not depend on saying yes.');
  });

  it('refuses every other channel while on: no caseload, no search, no other person’s notes', async () => {
    await call(s.f.core, 'review.start', { shareId: share.id, language: 'en' });
    const refused: Array<[string, unknown]> = [
      ['people.list', {}],
      ['people.get', { id: other.id }],
      ['search.query', { text: 'garden' }],
      ['notes.get', { id: theirNote.id }],
      ['notes.list', { personId: other.id }],
      ['shares.get', { id: share.id }],
      ['shares.release', { id: share.id, format: 'pdf' }],
      ['recipients.list', {}],
      ['reflections.list', {}],
      ['vault.changePassphrase', { current: STRONG_PASSPHRASE, next: OTHER_STRONG_PASSPHRASE }],
    ];
    for (const [channel, input] of refused) {
      expect(await errorCode(s, channel, input), channel).toBe('IN_REVIEW');
    }
    for (const channel of ['vault.status', 'settings.get', 'session.activity']) {
      expect(await errorCode(s, channel, {}), channel).toBeNull();
    }
    await call(s.f.core, 'review.exit', { passphrase: STRONG_PASSPHRASE });
    expect(await errorCode(s, 'people.list', {})).toBeNull();
    expect(await errorCode(s, 'notes.get', { id: theirNote.id })).toBeNull();
  });

  it('leaving needs the worker’s passphrase, counted and audited like an unlock', async () => {
    await call(s.f.core, 'review.start', { shareId: share.id, language: 'en' });
    for (let i = 0; i < 5; i += 1) {
      expect(await errorCode(s, 'review.exit', { passphrase: `wrong ${i}` })).toBe(
        'WRONG_PASSPHRASE',
      );
    }
    expect(await errorCode(s, 'people.list', {})).toBe('IN_REVIEW');
    const result = await s.f.core.dispatch('review.exit', { passphrase: STRONG_PASSPHRASE });
    expect(result).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    const failed = (await auditActions(s)).filter(
      (a) => a.action === 'vault.passphrase_check_failed',
    );
    expect(failed).toHaveLength(5);
    s.f.clock.advance(31_000);
    await call(s.f.core, 'review.exit', { passphrase: STRONG_PASSPHRASE });
    // The person did not decide: the share goes back to draft.
    expect((await value<Share>(s.f, 'shares.get', { id: share.id })).status).toBe('draft');
    expect((await auditActions(s)).at(-1)).toMatchObject({
      action: 'review.ended',
      detail: JSON.stringify({ reason: 'exited', status: 'draft' }),
    });
  });

  it('a right passphrase clears the count; failures are audited once, not again at the next unlock', async () => {
    await call(s.f.core, 'review.start', { shareId: share.id, language: 'en' });
    for (let i = 0; i < 2; i += 1) {
      expect(await errorCode(s, 'review.exit', { passphrase: `wrong ${i}` })).toBe(
        'WRONG_PASSPHRASE',
      );
    }
    expect(await value(s.f, 'vault.status', {})).toMatchObject({ failedAttempts: 2 });
    await call(s.f.core, 'review.exit', { passphrase: STRONG_PASSPHRASE });
    expect(await value(s.f, 'vault.status', {})).toMatchObject({ failedAttempts: 0 });
    await call(s.f.core, 'vault.lock');
    await call(s.f.core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    const actions = (await auditActions(s)).map((a) => a.action);
    expect(actions.filter((a) => a === 'vault.passphrase_check_failed')).toHaveLength(2);
    expect(actions).not.toContain('vault.unlock_failed');
  });

  it('locking ends review mode; the share can be reviewed again later', async () => {
    await call(s.f.core, 'review.start', { shareId: share.id, language: 'en' });
    await call(s.f.core, 'vault.lock');
    await call(s.f.core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect(await errorCode(s, 'people.list', {})).toBeNull();
    expect(await errorCode(s, 'review.get', { language: 'en' })).toBe('WRONG_STATE');
    await call(s.f.core, 'review.start', { shareId: share.id, language: 'en' });
    await call(s.f.core, 'review.approve', approval());
  });

  it('a lock during review puts the undecided share back to draft at the next unlock', async () => {
    await call(s.f.core, 'review.start', { shareId: share.id, language: 'en' });
    await s.f.core.lock('idle');
    await call(s.f.core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect((await value<Share>(s.f, 'shares.get', { id: share.id })).status).toBe('draft');
    const actions = await auditActions(s);
    // In the first transaction after the unlock.
    expect(actions.at(-2)?.action).toBe('vault.unlocked');
    expect(actions.at(-1)).toEqual({
      action: 'review.ended',
      detail: JSON.stringify({ reason: 'locked', status: 'draft' }),
      subject_id: share.id,
    });
    // Once: a second lock and unlock has nothing left to return.
    await call(s.f.core, 'vault.lock');
    await call(s.f.core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect((await auditActions(s)).filter((a) => a.action === 'review.ended')).toHaveLength(1);
  });

  it('a restart during review does the same, and a decision already made stays', async () => {
    const declined = await createShare(s, { purpose: 'Another purpose' });
    await call(s.f.core, 'review.start', { shareId: declined.id, language: 'en' });
    await call(s.f.core, 'review.decline', { method: 'side_by_side', language: 'en' });
    await call(s.f.core, 'vault.lock');
    await call(s.f.core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    await call(s.f.core, 'review.start', { shareId: share.id, language: 'en' });
    await s.f.restart();
    await call(s.f.core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect((await value<Share>(s.f, 'shares.get', { id: share.id })).status).toBe('draft');
    expect((await value<Share>(s.f, 'shares.get', { id: declined.id })).status).toBe('declined');
    const ended = (await auditActions(s)).filter((a) => a.action === 'review.ended');
    expect(ended).toEqual([
      {
        action: 'review.ended',
        detail: JSON.stringify({ reason: 'locked', status: 'draft' }),
        subject_id: share.id,
      },
    ]);
  });

  it('one share at a time', async () => {
    const second = await createShare(s, { purpose: 'Another purpose' });
    await call(s.f.core, 'review.start', { shareId: share.id, language: 'en' });
    expect(await errorCode(s, 'review.start', { shareId: second.id, language: 'en' })).toBe(
      'IN_REVIEW',
    );
  });

  it('edits there and then keep the share in review with a new content version', async () => {
    await call(s.f.core, 'review.start', { shareId: share.id, language: 'en' });
    const review = await value<Review>(s.f, 'review.edit', {
      fields: {
        purpose: share.purpose,
        body: 'Robin asked for this sentence instead.',
        quotes: [],
      },
      language: 'en',
    });
    expect(review.share).toMatchObject({
      status: 'in_review',
      contentVersion: 2,
      body: 'Robin asked for this sentence instead.',
      quotes: [],
    });
    expect(review.notes).toEqual([]);
  });
});

describe('the person’s decision', () => {
  beforeEach(async () => {
    await call(s.f.core, 'review.start', { shareId: share.id, language: 'fr-CA' });
  });

  it('yes records every field of the consent, bound to the exact words', async () => {
    const reviewed = await value<Review>(s.f, 'review.get', { language: 'fr-CA' });
    const consent = await value<Consent>(
      s.f,
      'review.approve',
      approval({ typedName: '  rOBIN ', format: 'fhir_json', expiresInDays: 14 }),
    );
    expect(consent).toEqual({
      id: expect.any(String),
      shareId: share.id,
      personId: s.person.id,
      decision: 'given',
      status: 'active',
      recordedBy: 'worker',
      recipientId: s.recipient.id,
      recipientLabel: 'Dr Amina Lee, Family doctor, Eastside Health Centre',
      purpose: share.purpose,
      contentSha256: share.contentSha256,
      format: 'fhir_json',
      action: 'release_once',
      expiresAt: new Date(s.f.clock.now() + 14 * DAY).toISOString(),
      decidedAt: new Date(s.f.clock.now()).toISOString(),
      method: 'side_by_side',
      typedName: 'rOBIN',
      statements: reviewed.statements,
      withdrawnAt: null,
      withdrawnBy: null,
      withdrawalReason: null,
    });
    const after = await value<Review>(s.f, 'review.get', { language: 'fr-CA' });
    expect(after.share).toMatchObject({ status: 'approved', consent: { id: consent.id } });
    expect((await auditActions(s)).at(-1)).toMatchObject({
      action: 'consent.given',
      detail: JSON.stringify({ days: 14, format: 'fhir_json', method: 'side_by_side' }),
    });
    // Decided: no second answer, and no more edits in review.
    expect(await errorCode(s, 'review.approve', approval())).toBe('WRONG_STATE');
    expect(
      await errorCode(s, 'review.edit', {
        fields: { purpose: 'x', body: 'y', quotes: [] },
        language: 'en',
      }),
    ).toBe('WRONG_STATE');
  });

  it('the typed name must be the person’s own', async () => {
    expect(await errorCode(s, 'review.approve', approval({ typedName: 'Sam' }))).toBe(
      'CONFIRMATION_MISMATCH',
    );
    expect(await errorCode(s, 'review.approve', approval({ typedName: 'Rob in' }))).toBeNull();
  });

  it('every current statement must be confirmed', async () => {
    expect(await errorCode(s, 'review.approve', approval({ statementsVersion: '2025-01-a' }))).toBe(
      'CONFIRMATION_MISMATCH',
    );
    expect(
      await errorCode(
        s,
        'review.approve',
        approval({ confirmedStatements: ['can_change_mind', 'they_may_keep'] }),
      ),
    ).toBe('CONFIRMATION_MISMATCH');
    expect((await value<Review>(s.f, 'review.get', { language: 'en' })).share.status).toBe(
      'in_review',
    );
  });

  it('the format and the length of consent must be allowed by the policy', async () => {
    s.policy.current = { ...s.policy.current, releaseFormats: ['pdf'], consentMaxDays: 60 };
    expect(await errorCode(s, 'review.approve', approval({ format: 'fhir_json' }))).toBe(
      'NOT_ALLOWED_BY_POLICY',
    );
    expect(await errorCode(s, 'review.approve', approval({ expiresInDays: 61 }))).toBe(
      'NOT_ALLOWED_BY_POLICY',
    );
    expect(await errorCode(s, 'review.approve', approval({ expiresInDays: 60 }))).toBeNull();
  });

  it('a PDF that could not show every word is refused before the yes; FHIR carries them', async () => {
    await call(s.f.core, 'review.edit', {
      fields: { purpose: share.purpose, body: 'Robin grew a seedling 🌱 this week.', quotes: [] },
      language: 'en',
    });
    expect(await errorCode(s, 'review.approve', approval({ format: 'pdf' }))).toBe('INVALID_INPUT');
    expect((await value<Review>(s.f, 'review.get', { language: 'en' })).share.status).toBe(
      'in_review',
    );
    expect(await errorCode(s, 'review.approve', approval({ format: 'fhir_json' }))).toBeNull();
  });

  it('no is recorded too, with the statements shown', async () => {
    const consent = await value<Consent>(s.f, 'review.decline', {
      method: 'read_aloud',
      language: 'fr-CA',
    });
    expect(consent).toMatchObject({
      decision: 'declined',
      status: 'declined',
      format: null,
      action: null,
      expiresAt: null,
      typedName: null,
      method: 'read_aloud',
      contentSha256: share.contentSha256,
      statements: { version: STATEMENTS_VERSION, language: 'fr-CA' },
    });
    await call(s.f.core, 'review.exit', { passphrase: STRONG_PASSPHRASE });
    const after = await value<Share>(s.f, 'shares.get', { id: share.id });
    expect(after.status).toBe('declined');
    expect((await auditActions(s)).map((a) => a.action)).toContain('consent.declined');
  });

  it('the consent keeps the quoted words it covered', async () => {
    await call(s.f.core, 'review.approve', approval());
    const consents = await (async () => {
      await call(s.f.core, 'review.exit', { passphrase: STRONG_PASSPHRASE });
      return value<Consent[]>(s.f, 'shares.consents', { shareId: share.id });
    })();
    expect(consents).toHaveLength(1);
    const current = await value<Share>(s.f, 'shares.get', { id: share.id });
    expect(current.quotes[0]?.text).toBe(QUOTE);
    expect(consents[0]?.contentSha256).toBe(current.contentSha256);
  });
});
