import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OwnCopyOutcome } from '../../../src-main/core/sharing/release';
import type { ReleaseOutcome, Share } from '../../../src-main/contract';
import { STRONG_PASSPHRASE, call } from '../../support/core-fixture';
import { value } from '../../support/record-fixture';
import type { SharingFixture } from './sharing-fixture';
import {
  approveShare,
  auditActions,
  createShare,
  errorCode,
  makeSharingCore,
  shareInput,
} from './sharing-fixture';

/**
 * The save dialog can stay open as long as the person likes. Whatever happens to the consent
 * while it is open decides, at the moment of writing, whether the file is written.
 */

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

/** Refused at the moment of writing: the dialog was asked, nothing written, the refusal audited. */
async function expectRefusedAtWrite(code: string, format: 'pdf' | 'fhir_json' = 'pdf') {
  expect(await errorCode(s, 'shares.release', { id: share.id, format })).toBe(code);
  expect(s.saver.calls).toBe(1);
  expect(await s.saver.written()).toEqual([]);
  const audit = await auditActions(s);
  expect(audit.at(-1)).toMatchObject({
    action: 'share.release_refused',
    detail: JSON.stringify({ code }),
    subject_id: share.id,
  });
  expect(audit.map((event) => event.action)).not.toContain('share.released');
  const after = await value<Share>(s.f, 'shares.get', { id: share.id });
  expect(after.releases).toEqual([]);
  return after;
}

describe('the consent is checked again between the save dialog and the write', () => {
  it('a consent withdrawn while the dialog is open writes no file', async () => {
    await approveShare(s, share.id);
    s.saver.whileDialogOpen = async () => {
      await value(s.f, 'shares.withdraw', { id: share.id, reason: 'Robin changed their mind' });
    };
    const after = await expectRefusedAtWrite('CONSENT_WITHDRAWN');
    // The withdrawal stands: the consent is not marked used by a release that never happened.
    expect(after).toMatchObject({ status: 'withdrawn', consent: { status: 'withdrawn' } });
  });

  it('a consent that ends while the dialog is open writes no file', async () => {
    await approveShare(s, share.id, 'pdf', 7);
    s.f.clock.advance(7 * DAY - 60_000);
    s.saver.whileDialogOpen = async () => {
      s.f.clock.advance(60_000);
    };
    const after = await expectRefusedAtWrite('CONSENT_EXPIRED');
    expect(after.consent).toMatchObject({ status: 'expired' });
  });

  it('a share edited while the dialog is open writes no file', async () => {
    await approveShare(s, share.id);
    s.saver.whileDialogOpen = async () => {
      const input = shareInput(share);
      await value(s.f, 'shares.save', {
        ...input,
        fields: { ...input.fields, body: 'Other words, written while the dialog was open' },
      });
    };
    await expectRefusedAtWrite('CONSENT_MISMATCH');
  });

  it('a format the policy stops allowing while the dialog is open writes no file', async () => {
    await approveShare(s, share.id, 'fhir_json');
    s.saver.whileDialogOpen = async () => {
      s.policy.current = { ...s.policy.current, releaseFormats: ['pdf'] };
    };
    await expectRefusedAtWrite('NOT_ALLOWED_BY_POLICY', 'fhir_json');
  });

  it('a vault locked while the dialog is open writes no file', async () => {
    await approveShare(s, share.id);
    s.saver.whileDialogOpen = async () => {
      await call(s.f.core, 'vault.lock');
    };
    expect(await errorCode(s, 'shares.release', { id: share.id, format: 'pdf' })).toBe('LOCKED');
    expect(await s.saver.written()).toEqual([]);
    await call(s.f.core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    const after = await value<Share>(s.f, 'shares.get', { id: share.id });
    expect(after).toMatchObject({
      status: 'approved',
      consent: { status: 'active' },
      releases: [],
    });
  });

  it('a consent still good when the person has chosen is written, even after a long dialog', async () => {
    await approveShare(s, share.id, 'pdf', 7);
    s.saver.whileDialogOpen = async () => {
      s.f.clock.advance(7 * DAY - 1);
    };
    const outcome = await value<ReleaseOutcome>(s.f, 'shares.release', {
      id: share.id,
      format: 'pdf',
    });
    expect(outcome.outcome).toBe('saved');
    expect(await s.saver.written()).toHaveLength(1);
    expect((await auditActions(s)).at(-1)?.action).toBe('share.released');
  });

  it('the person’s own copy is not written once the vault has locked behind the dialog', async () => {
    s.saver.whileDialogOpen = async () => {
      await call(s.f.core, 'vault.lock');
    };
    expect(
      await errorCode(s, 'rights.copyOfNotes', { personId: s.person.id, language: 'en' }),
    ).toBe('LOCKED');
    expect(await s.saver.written()).toEqual([]);
    await call(s.f.core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect((await auditActions(s)).map((event) => event.action)).not.toContain('own_copy.released');
    const again = await value<OwnCopyOutcome>(s.f, 'rights.copyOfNotes', {
      personId: s.person.id,
      language: 'en',
    });
    expect(again.outcome).toBe('saved');
  });
});
