import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReleaseOutcome, Share, WithdrawOutcome } from '../../../src-main/contract';
import { STRONG_PASSPHRASE, call } from '../../support/core-fixture';
import { value } from '../../support/record-fixture';
import type { SharingFixture } from './sharing-fixture';
import {
  QUOTE,
  approval,
  approveShare,
  auditActions,
  createShare,
  declineShare,
  errorCode,
  makeSharingCore,
  shareInput,
} from './sharing-fixture';

let s: SharingFixture;
let share: Share;
beforeEach(async () => {
  s = await makeSharingCore();
  share = await createShare(s);
});
afterEach(async () => {
  await s.cleanup();
});

const DAY = 86_400_000;

/** A refusal: the code crosses the door, the audit records it, and no file is written. */
async function expectRefused(code: string, format: 'pdf' | 'fhir_json' = 'pdf'): Promise<void> {
  const before = await s.saver.written();
  expect(await errorCode(s, 'shares.release', { id: share.id, format })).toBe(code);
  expect((await auditActions(s)).at(-1)).toMatchObject({
    action: 'share.release_refused',
    detail: JSON.stringify({ code }),
    subject_id: share.id,
  });
  expect(await s.saver.written()).toEqual(before);
}

async function release(format: 'pdf' | 'fhir_json' = 'pdf'): Promise<ReleaseOutcome> {
  return value<ReleaseOutcome>(s.f, 'shares.release', { id: share.id, format });
}

describe('release: the one way out', () => {
  it('is refused without a consent', async () => {
    await expectRefused('CONSENT_REQUIRED');
  });

  it('is refused after a no', async () => {
    await declineShare(s, share.id);
    await expectRefused('CONSENT_DECLINED');
  });

  it('writes the approved share once, recorded with the file’s SHA-256', async () => {
    await approveShare(s, share.id, 'pdf');
    const outcome = await release();
    if (outcome.outcome !== 'saved') throw new Error('expected a saved release');
    const [file] = s.saver.files;
    expect(file?.fileName).toBe(outcome.release.fileName);
    const bytes = await readFile(join(s.saver.dir, outcome.release.fileName));
    expect(outcome.release).toMatchObject({
      shareId: share.id,
      format: 'pdf',
      recipientLabel: 'Dr Amina Lee, Family doctor, Eastside Health Centre',
      fileSha256: createHash('sha256').update(bytes).digest('hex'),
    });
    expect(outcome.release.fileName).not.toContain('Robin');
    const after = await value<Share>(s.f, 'shares.get', { id: share.id });
    expect(after.status).toBe('released');
    expect(after.consent).toMatchObject({ status: 'used', id: outcome.release.consentId });
    expect(after.releases).toEqual([outcome.release]);
    expect((await auditActions(s)).at(-1)).toMatchObject({
      action: 'share.released',
      detail: JSON.stringify({ format: 'pdf' }),
    });
    // One release per consent.
    await expectRefused('CONSENT_USED');
    expect(s.saver.files).toHaveLength(1);
  });

  it('the PDF carries the approved words, the recipient, the consent and the fingerprint', async () => {
    await approveShare(s, share.id, 'pdf');
    const outcome = await release();
    if (outcome.outcome !== 'saved') throw new Error('expected a saved release');
    const text = execFileSync('pdftotext', [
      '-enc',
      'UTF-8',
      join(s.saver.dir, outcome.release.fileName),
      '-',
    ])
      .toString('utf8')
      .replace(/\s+/g, ' ');
    expect(text).toContain('Robin has been planning a return to the community garden.');
    expect(text).toContain(QUOTE);
    expect(text).toContain('Dr Amina Lee, Family doctor, Eastside Health Centre');
    expect(text).toContain(share.purpose);
    expect(text).toContain(outcome.release.consentId);
    expect(text).toContain(share.contentSha256);
    expect(text).toContain('may withdraw this consent at any time');
  });

  it('is refused for another format than the one agreed', async () => {
    await approveShare(s, share.id, 'pdf');
    await expectRefused('CONSENT_MISMATCH', 'fhir_json');
    expect((await release('pdf')).outcome).toBe('saved');
  });

  it('editing an approved share returns it to draft, voids the consent, and refuses release until reviewed again', async () => {
    await approveShare(s, share.id);
    const input = shareInput(share);
    const edited = await value<Share>(s.f, 'shares.save', {
      ...input,
      fields: { ...input.fields, body: `${input.fields.body} One more line.` },
    });
    expect(edited).toMatchObject({
      status: 'draft',
      contentVersion: 2,
      consent: { status: 'void' },
    });
    const actions = (await auditActions(s)).map((a) => a.action);
    expect(actions.slice(-2)).toEqual(['consent.voided', 'share.saved']);
    await expectRefused('CONSENT_MISMATCH');
    await approveShare(s, share.id);
    expect((await release()).outcome).toBe('saved');
  });

  it('editing a released share returns it to draft; a new release needs a new yes', async () => {
    await approveShare(s, share.id);
    await release();
    const input = shareInput(share);
    const edited = await value<Share>(s.f, 'shares.save', {
      ...input,
      fields: { ...input.fields, purpose: 'A new purpose' },
    });
    expect(edited.status).toBe('draft');
    await expectRefused('CONSENT_USED');
  });

  it('is refused when the recipient’s details changed after the yes', async () => {
    await approveShare(s, share.id);
    await value(s.f, 'recipients.update', {
      id: s.recipient.id,
      fields: { name: 'Dr Amina Lee', organisation: 'Westside Clinic', role: 'Family doctor' },
    });
    await expectRefused('CONSENT_MISMATCH');
  });

  it('is refused once the consent has ended, and the share reads as expired', async () => {
    await approveShare(s, share.id, 'pdf', 7);
    s.f.clock.advance(7 * DAY - 1);
    const before = await value<Share>(s.f, 'shares.get', { id: share.id });
    expect(before.status).toBe('approved');
    s.f.clock.advance(1);
    const after = await value<Share>(s.f, 'shares.get', { id: share.id });
    expect(after).toMatchObject({ status: 'expired', consent: { status: 'expired' } });
    await expectRefused('CONSENT_EXPIRED');
    // Expired can be put before the person again.
    await approveShare(s, share.id);
    expect((await release()).outcome).toBe('saved');
  });

  it('an edit after the consent ended leaves it expired, not voided', async () => {
    await approveShare(s, share.id, 'pdf', 3);
    s.f.clock.advance(3 * DAY);
    const input = shareInput(share);
    const edited = await value<Share>(s.f, 'shares.save', {
      ...input,
      fields: { ...input.fields, body: 'New words after the end' },
    });
    expect(edited).toMatchObject({ status: 'draft', consent: { status: 'expired' } });
    expect((await auditActions(s)).map((a) => a.action)).not.toContain('consent.voided');
    await expectRefused('CONSENT_EXPIRED');
  });

  it('is refused after withdrawal; withdrawing lists where it already went', async () => {
    await approveShare(s, share.id);
    await release();
    s.f.clock.advance(DAY);
    const outcome = await value<WithdrawOutcome>(s.f, 'shares.withdraw', {
      id: share.id,
      reason: 'Robin changed their mind',
    });
    expect(outcome.share).toMatchObject({
      status: 'withdrawn',
      consent: {
        status: 'withdrawn',
        withdrawnAt: new Date(s.f.clock.now()).toISOString(),
        withdrawnBy: 'worker',
        withdrawalReason: 'Robin changed their mind',
      },
    });
    expect(outcome.alreadyReleased).toHaveLength(1);
    expect(outcome.alreadyReleased[0]?.fileName).toBe(s.saver.files[0]?.fileName);
    await expectRefused('CONSENT_WITHDRAWN');
    const audit = await auditActions(s);
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['consent.withdrawn', 'share.withdrawn']),
    );
    expect(audit.find((a) => a.action === 'share.withdrawn')?.detail).toBe('{"releases":1}');
  });

  it('withdrawing an approved share before release lists nowhere and refuses the release', async () => {
    await approveShare(s, share.id);
    const outcome = await value<WithdrawOutcome>(s.f, 'shares.withdraw', {
      id: share.id,
      reason: '',
    });
    expect(outcome.alreadyReleased).toEqual([]);
    await expectRefused('CONSENT_WITHDRAWN');
  });

  it('is refused when the policy no longer allows the format', async () => {
    await approveShare(s, share.id, 'fhir_json');
    s.policy.current = { ...s.policy.current, releaseFormats: ['pdf'] };
    await expectRefused('NOT_ALLOWED_BY_POLICY', 'fhir_json');
  });

  it('a closed save dialog leaves the consent unused', async () => {
    await approveShare(s, share.id);
    s.saver.cancelNext = true;
    expect(await release()).toEqual({ outcome: 'cancelled' });
    expect(await s.saver.written()).toEqual([]);
    const after = await value<Share>(s.f, 'shares.get', { id: share.id });
    expect(after).toMatchObject({
      status: 'approved',
      consent: { status: 'active' },
      releases: [],
    });
    expect((await auditActions(s)).at(-1)?.action).toBe('share.release_cancelled');
    expect((await release()).outcome).toBe('saved');
  });

  it('a release in review mode is refused by the gate, without a file', async () => {
    await approveShare(s, share.id);
    const second = await createShare(s, { purpose: 'Another' });
    await call(s.f.core, 'review.start', { shareId: second.id, language: 'en' });
    expect(await errorCode(s, 'shares.release', { id: share.id, format: 'pdf' })).toBe('IN_REVIEW');
    expect(await s.saver.written()).toEqual([]);
    await call(s.f.core, 'review.exit', { passphrase: STRONG_PASSPHRASE });
  });

  it('a FHIR release writes a JSON bundle holding the consent and the text', async () => {
    await call(s.f.core, 'review.start', { shareId: share.id, language: 'en' });
    await call(s.f.core, 'review.approve', approval({ format: 'fhir_json' }));
    await call(s.f.core, 'review.exit', { passphrase: STRONG_PASSPHRASE });
    const outcome = await release('fhir_json');
    if (outcome.outcome !== 'saved') throw new Error('expected a saved release');
    const text = await readFile(join(s.saver.dir, outcome.release.fileName), 'utf8');
    const bundle = JSON.parse(text) as {
      resourceType: string;
      entry: Array<{
        resource: {
          resourceType: string;
          content?: Array<{ attachment: { data: string } }>;
        };
      }>;
    };
    expect(bundle.resourceType).toBe('Bundle');
    expect(text).toContain(outcome.release.consentId);
    expect(text).toContain(share.contentSha256);
    const document = bundle.entry.find((e) => e.resource.resourceType === 'DocumentReference');
    const data = document?.resource.content?.[0]?.attachment.data ?? '';
    // Exactly the approved words: the body, then each quote with where it comes from.
    expect(Buffer.from(data, 'base64').toString('utf8')).toBe(
      `${share.body}\n\n“${QUOTE}” (From a note of 2026-11-20)`,
    );
  });
});
