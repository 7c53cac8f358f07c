import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  Consent,
  Note,
  Person,
  Recipient,
  Share,
  ShareSummary,
} from '../../../src-main/contract';
import { canonicalShareSha256 } from '../../../src-main/core/sharing/canonical';
import { STRONG_PASSPHRASE, call } from '../../support/core-fixture';
import { noteFields, personFields, value } from '../../support/record-fixture';
import type { SharingFixture } from './sharing-fixture';
import {
  QUOTE,
  approveShare,
  auditActions,
  createShare,
  declineShare,
  errorCode,
  makeSharingCore,
  shareFields,
  shareInput,
} from './sharing-fixture';

let s: SharingFixture;
beforeEach(async () => {
  s = await makeSharingCore();
});
afterEach(async () => {
  await s.cleanup();
});

describe('recipients', () => {
  it('keeps a short named list: create, rename, archive and bring back, each audited', async () => {
    const other = await value<Recipient>(s.f, 'recipients.create', {
      name: 'Intake team',
      organisation: 'Northside Housing',
      role: '',
    });
    const renamed = await value<Recipient>(s.f, 'recipients.update', {
      id: other.id,
      fields: { name: 'Housing intake team', organisation: 'Northside Housing', role: 'Intake' },
    });
    expect(renamed).toMatchObject({ name: 'Housing intake team', role: 'Intake' });
    await value(s.f, 'recipients.setArchived', { id: other.id, archived: true });
    const active = await value<Recipient[]>(s.f, 'recipients.list', {});
    expect(active.map((r) => r.id)).toEqual([s.recipient.id]);
    const all = await value<Recipient[]>(s.f, 'recipients.list', { includeArchived: true });
    expect(all.map((r) => r.name)).toEqual(['Dr Amina Lee', 'Housing intake team']);
    await value(s.f, 'recipients.setArchived', { id: other.id, archived: false });
    expect(await value<Recipient[]>(s.f, 'recipients.list', {})).toHaveLength(2);
    const actions = (await auditActions(s)).map((a) => a.action);
    for (const action of [
      'recipient.created',
      'recipient.updated',
      'recipient.archived',
      'recipient.unarchived',
    ]) {
      expect(actions).toContain(action);
    }
  });

  it('a share cannot be written for an archived recipient', async () => {
    await value(s.f, 'recipients.setArchived', { id: s.recipient.id, archived: true });
    expect(
      await errorCode(s, 'shares.create', { personId: s.person.id, fields: shareFields(s) }),
    ).toBe('WRONG_STATE');
  });

  it('a share already written for a recipient since archived can still be edited', async () => {
    const share = await createShare(s);
    const other = await value<Recipient>(s.f, 'recipients.create', {
      name: 'Intake team',
      organisation: 'Northside Housing',
      role: '',
    });
    await value(s.f, 'recipients.setArchived', { id: s.recipient.id, archived: true });
    await value(s.f, 'recipients.setArchived', { id: other.id, archived: true });
    const input = shareInput(share);
    const edited = await value<Share>(s.f, 'shares.save', {
      ...input,
      fields: { ...input.fields, body: 'Edited after archiving' },
    });
    expect(edited.contentVersion).toBe(2);
    expect(
      await errorCode(s, 'shares.save', {
        ...input,
        fields: { ...input.fields, recipientId: other.id },
      }),
    ).toBe('WRONG_STATE');
  });
});

describe('shares', () => {
  it('creates a draft quoting the person’s own words, with its canonical hash', async () => {
    const share = await createShare(s);
    expect(share).toMatchObject({
      status: 'draft',
      contentVersion: 1,
      personId: s.person.id,
      recipient: { id: s.recipient.id },
      consent: null,
      releases: [],
    });
    expect(share.quotes).toEqual([
      expect.objectContaining({
        noteId: s.note.id,
        text: QUOTE,
        noteHappenedAt: s.note.happenedAt,
      }),
    ]);
    expect(share.contentSha256).toBe(
      canonicalShareSha256({
        shareId: share.id,
        personName: 'Robin',
        recipient: {
          name: 'Dr Amina Lee',
          organisation: 'Eastside Health Centre',
          role: 'Family doctor',
        },
        purpose: share.purpose,
        body: share.body,
        quotes: [{ noteDate: '2026-11-20', text: QUOTE }],
      }),
    );
    const audit = await auditActions(s);
    expect(audit.at(-1)).toMatchObject({
      action: 'share.created',
      detail: JSON.stringify({ person: s.person.id, quotes: 1 }),
    });
  });

  it('refuses a quote that is not in the note, or a note of another person', async () => {
    expect(
      await errorCode(s, 'shares.create', {
        personId: s.person.id,
        fields: shareFields(s, { quotes: [{ noteId: s.note.id, text: 'words never written' }] }),
      }),
    ).toBe('INVALID_INPUT');
    const other = await value<Person>(s.f, 'people.create', personFields({ preferredName: 'Sam' }));
    const theirs = await value<Note>(s.f, 'notes.create', {
      personId: other.id,
      fields: noteFields(),
    });
    expect(
      await errorCode(s, 'shares.create', {
        personId: s.person.id,
        fields: shareFields(s, { quotes: [{ noteId: theirs.id, text: QUOTE }] }),
      }),
    ).toBe('INVALID_INPUT');
    // Nothing half-written.
    expect(
      (await value<{ items: ShareSummary[] }>(s.f, 'shares.list', { personId: s.person.id })).items,
    ).toEqual([]);
  });

  it('a stored quote keeps its words after the note changes; a new quote must match today', async () => {
    const share = await createShare(s);
    const { id: _i, personId: _p, version: _v, createdAt: _c, updatedAt: _u, ...fields } = s.note;
    await value(s.f, 'notes.save', {
      id: s.note.id,
      fields: { ...fields, inTheirWords: 'Something else now.' },
    });
    const input = shareInput(share);
    const kept = await value<Share>(s.f, 'shares.save', {
      ...input,
      fields: { ...input.fields, body: 'A new body' },
    });
    expect(kept.quotes[0]?.text).toBe(QUOTE);
    expect(kept.contentVersion).toBe(2);
    expect(
      await errorCode(s, 'shares.save', {
        ...input,
        fields: {
          ...input.fields,
          // Words the note held before, but not any more.
          quotes: [...input.fields.quotes, { noteId: s.note.id, text: 'hands in the soil' }],
        },
      }),
    ).toBe('INVALID_INPUT');
  });

  it('counts content versions, and a save that changes nothing writes nothing', async () => {
    const share = await createShare(s);
    const before = (await auditActions(s)).length;
    const same = await value<Share>(s.f, 'shares.save', shareInput(share));
    expect(same.contentVersion).toBe(1);
    expect(await auditActions(s)).toHaveLength(before);
    const input = shareInput(share);
    const next = await value<Share>(s.f, 'shares.save', {
      ...input,
      fields: { ...input.fields, purpose: 'A clearer purpose' },
    });
    expect(next.contentVersion).toBe(2);
    expect(next.contentSha256).not.toBe(share.contentSha256);
    expect((await auditActions(s)).at(-1)).toMatchObject({
      action: 'share.saved',
      detail: JSON.stringify({ from: 'draft', quotes: 1, version: 2 }),
    });
  });

  it('the content hash covers the person’s name and the recipient', async () => {
    const share = await createShare(s);
    await value(s.f, 'people.update', {
      id: s.person.id,
      fields: personFields({ preferredName: 'Robin B.' }),
    });
    const renamed = await value<Share>(s.f, 'shares.get', { id: share.id });
    expect(renamed.contentSha256).not.toBe(share.contentSha256);
    await value(s.f, 'recipients.update', {
      id: s.recipient.id,
      fields: { name: 'Dr A. Lee', organisation: 'Eastside Health Centre', role: 'Family doctor' },
    });
    const again = await value<Share>(s.f, 'shares.get', { id: share.id });
    expect(again.contentSha256).not.toBe(renamed.contentSha256);
  });

  it('lists a person’s shares newest first, page by page', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      s.f.clock.advance(60_000);
      ids.push((await createShare(s, { purpose: `Purpose ${i}` })).id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: ShareSummary[]; nextCursor: string | null } = await value(
        s.f,
        'shares.list',
        { personId: s.person.id, limit: 2, cursor },
      );
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
    const first = await value<{ items: ShareSummary[] }>(s.f, 'shares.list', {
      personId: s.person.id,
      limit: 1,
    });
    expect(first.items[0]).toMatchObject({
      recipientLabel: 'Dr Amina Lee, Family doctor, Eastside Health Centre',
      purpose: 'Purpose 4',
      status: 'draft',
    });
  });

  it('deletes only a draft that never went to a decision', async () => {
    const draft = await createShare(s);
    await value(s.f, 'shares.delete', { id: draft.id });
    expect(await errorCode(s, 'shares.get', { id: draft.id })).toBe('NOT_FOUND');
    expect((await auditActions(s)).at(-1)?.action).toBe('share.deleted');

    // Reviewed and left without a decision: still only a draft.
    const looked = await createShare(s);
    await call(s.f.core, 'review.start', { shareId: looked.id, language: 'en' });
    await call(s.f.core, 'review.exit', { passphrase: STRONG_PASSPHRASE });
    await value(s.f, 'shares.delete', { id: looked.id });

    const approved = await createShare(s);
    await approveShare(s, approved.id);
    expect(await errorCode(s, 'shares.delete', { id: approved.id })).toBe('WRONG_STATE');
    await call(s.f.core, 'shares.release', { id: approved.id, format: 'pdf' });
    expect(await errorCode(s, 'shares.delete', { id: approved.id })).toBe('WRONG_STATE');
  });

  it('a refusal stays on record: a declined share cannot be deleted', async () => {
    const declined = await createShare(s);
    await declineShare(s, declined.id);
    expect(await errorCode(s, 'shares.delete', { id: declined.id })).toBe('WRONG_STATE');
    const consents = await value<Consent[]>(s.f, 'shares.consents', { shareId: declined.id });
    expect(consents).toEqual([
      expect.objectContaining({ decision: 'declined', statements: expect.any(Object) }),
    ]);
  });

  it('a withdrawal or a voided yes stays on record too', async () => {
    const withdrawn = await createShare(s);
    await approveShare(s, withdrawn.id);
    await value(s.f, 'shares.withdraw', { id: withdrawn.id, reason: 'Changed my mind' });
    expect(await errorCode(s, 'shares.delete', { id: withdrawn.id })).toBe('WRONG_STATE');

    // An edit voids the yes and sends the share back to draft, but the yes was still given.
    const edited = await createShare(s, { purpose: 'Another purpose' });
    await approveShare(s, edited.id);
    const input = shareInput(edited);
    const draft = await value<Share>(s.f, 'shares.save', {
      ...input,
      fields: { ...input.fields, body: 'Different words' },
    });
    expect(draft.status).toBe('draft');
    expect(await errorCode(s, 'shares.delete', { id: edited.id })).toBe('WRONG_STATE');
    const consents = await value<Consent[]>(s.f, 'shares.consents', { shareId: edited.id });
    expect(consents.map((consent) => consent.status)).toEqual(['void']);
  });

  it('quotes only from the fields the review shows the person', async () => {
    const quoteFrom = (text: string) =>
      errorCode(s, 'shares.create', {
        personId: s.person.id,
        fields: shareFields(s, { quotes: [{ noteId: s.note.id, text }] }),
      });
    // talkedAbout, inTheirWords and strengthsNoticed are on the review screen.
    expect(await quoteFrom('the garden and the bus route')).toBeNull();
    expect(await quoteFrom(QUOTE)).toBeNull();
    expect(await quoteFrom('step by step')).toBeNull();
    // The setting, the resources and the next steps are not.
    expect(await quoteFrom('The library café')).toBe('INVALID_INPUT');
    expect(await quoteFrom('Tuesday drop-in')).toBe('INVALID_INPUT');
    expect(await quoteFrom('Call the garden coordinator')).toBe('INVALID_INPUT');
  });

  it('withdrawing needs an approved or released share', async () => {
    const draft = await createShare(s);
    expect(await errorCode(s, 'shares.withdraw', { id: draft.id, reason: '' })).toBe('WRONG_STATE');
  });

  it('a withdrawn share keeps its words', async () => {
    const share = await createShare(s);
    await approveShare(s, share.id);
    await value(s.f, 'shares.withdraw', { id: share.id, reason: 'Changed my mind' });
    const input = shareInput(share);
    expect(
      await errorCode(s, 'shares.save', { ...input, fields: { ...input.fields, body: 'x' } }),
    ).toBe('WRONG_STATE');
  });
});
