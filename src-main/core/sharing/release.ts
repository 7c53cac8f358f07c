/**
 * THE one way out. Bytes of a share leave the app only here, and only after the person's consent
 * is checked against what is about to be written: before the save dialog opens, and again once
 * the person has chosen where, just before the bytes are written. This is the only module
 * handed the save-file port (test/core/one-way-out.test.ts holds that).
 */
import type { ErrorCode, Language, ReleaseFormat, ReleaseOutcome } from '../../contract';
import { appendAudit } from '../audit/audit.service';
import type { CoreContext } from '../context';
import { buildFhirBundle } from '../documents/fhir';
import { renderPdf } from '../documents/pdf';
import { buildOwnCopy } from '../rights/own-copy';
import { AppFailure } from '../failure';
import { nowIso } from '../record/deps';
import { sha256Hex } from './canonical';
import { effectiveConsentStatus, toConsent, toRelease } from './consents';
import { shareDocument, shareText } from './share-document';
import type { ShareContent } from './share-content';
import { loadShareContent } from './share-content';
import { requireShare } from './shares.service';
import {
  findConsent,
  findRelease,
  insertRelease,
  latestConsent,
  updateConsent,
  updateShare,
} from './shares.repo';
import type { ConsentRow } from './shares.repo';

const REFUSAL_MESSAGES: Partial<Record<ErrorCode, string>> = {
  CONSENT_REQUIRED: 'There is no consent for this share',
  CONSENT_DECLINED: 'The person said no to this share',
  CONSENT_EXPIRED: 'The consent has ended',
  CONSENT_WITHDRAWN: 'The consent was withdrawn',
  CONSENT_USED: 'The consent has already been used for a release',
  CONSENT_MISMATCH: 'The share differs from what the person agreed to',
  NOT_ALLOWED_BY_POLICY: 'This format is not allowed by the policy',
};

/** Consents whose release is between the check and the record: a second click cannot reuse one. */
const releasing = new Set<string>();

/** Why this consent does not permit releasing this content in this format now, if it does not. */
function refusalFor(
  ctx: CoreContext,
  consent: ConsentRow | undefined,
  content: ShareContent,
  format: ReleaseFormat,
): ErrorCode | null {
  if (!consent) return 'CONSENT_REQUIRED';
  switch (effectiveConsentStatus(consent, ctx.clock.now())) {
    case 'declined':
      return 'CONSENT_DECLINED';
    case 'expired':
      return 'CONSENT_EXPIRED';
    case 'withdrawn':
      return 'CONSENT_WITHDRAWN';
    case 'used':
      return 'CONSENT_USED';
    // Voided by an edit: the words it covered are not the words there now.
    case 'void':
      return 'CONSENT_MISMATCH';
    case 'active':
      break;
  }
  if (
    consent.decision !== 'given' ||
    consent.action !== 'release_once' ||
    consent.content_sha256 !== content.sha256 ||
    consent.recipient_id !== content.row.recipient_id ||
    consent.format !== format ||
    content.row.status !== 'approved'
  ) {
    return 'CONSENT_MISMATCH';
  }
  if (!ctx.policy().releaseFormats.includes(format)) return 'NOT_ALLOWED_BY_POLICY';
  return null;
}

/** The refusal is recorded in its own transaction, which commits although the call fails. */
async function refuse(ctx: CoreContext, shareId: string, code: ErrorCode): Promise<never> {
  await ctx
    .db()
    .transaction()
    .execute(async (trx) => {
      await appendAudit(trx, ctx.deps, {
        action: 'share.release_refused',
        detail: { code },
        subject: { type: 'share', id: shareId },
      });
    });
  throw new AppFailure(code, REFUSAL_MESSAGES[code] ?? 'The release was refused');
}

async function render(
  ctx: CoreContext,
  content: ShareContent,
  consent: ConsentRow,
  format: ReleaseFormat,
): Promise<Uint8Array> {
  const { statements, expiresAt } = toConsent(consent, ctx.clock.now());
  // Labels and the withdrawal line in the language the person read the statements in.
  const language = statements.language;
  if (format === 'pdf') {
    const document = shareDocument(content.canonical, content.sha256, {
      id: consent.id,
      decidedAt: consent.decided_at,
      language,
    });
    return renderPdf(document, { createdAt: new Date(ctx.clock.now()) });
  }
  return buildFhirBundle({
    shareId: content.row.id,
    personName: content.canonical.personName,
    recipient: content.canonical.recipient,
    purpose: content.canonical.purpose,
    text: shareText(content.canonical, language),
    consent: {
      id: consent.id,
      decidedAt: consent.decided_at,
      // A given consent always has an end; refusals never reach this point.
      expiresAt: expiresAt ?? consent.decided_at,
      method: consent.method,
      statementsVersion: statements.version,
    },
    contentSha256: content.sha256,
    releasedAt: nowIso(ctx.deps),
  });
}

/** A file name that names no one: the date and the first characters of the share id. */
function suggestedName(shareId: string, format: ReleaseFormat, now: number): string {
  const date = new Date(now).toISOString().slice(0, 10);
  return `share-${date}-${shareId.slice(0, 8)}.${format === 'pdf' ? 'pdf' : 'json'}`;
}

export async function releaseShare(
  ctx: CoreContext,
  input: { shareId: string; format: ReleaseFormat },
): Promise<ReleaseOutcome> {
  const db = ctx.db();
  const row = await requireShare(db, input.shareId);
  const content = await loadShareContent(db, row);
  const consent = await latestConsent(db, row.id);
  const code =
    refusalFor(ctx, consent, content, input.format) ??
    (consent && releasing.has(consent.id) ? 'CONSENT_USED' : null);
  if (code || !consent) return refuse(ctx, row.id, code ?? 'CONSENT_REQUIRED');

  releasing.add(consent.id);
  try {
    const bytes = await render(ctx, content, consent, input.format);
    // The dialog may stay open for hours: the consent can end, be withdrawn, or the share be
    // edited meanwhile. So it is all read and checked again, with the clock as it is then.
    const late: { refusal: ErrorCode | null } = { refusal: null };
    const beforeWrite = async (): Promise<boolean> => {
      const fresh = ctx.db();
      const current = await findConsent(fresh, consent.id);
      const latest = await latestConsent(fresh, row.id);
      const share = await requireShare(fresh, row.id);
      const contentNow = await loadShareContent(fresh, share);
      // A newer consent, even a yes, is not the one this file was rendered under.
      late.refusal =
        latest?.id === consent.id
          ? refusalFor(ctx, current, contentNow, input.format)
          : 'CONSENT_MISMATCH';
      return late.refusal === null;
    };
    const saved = await ctx.saveFile(
      {
        suggestedName: suggestedName(row.id, input.format, ctx.clock.now()),
        kind: input.format === 'pdf' ? 'pdf' : 'json',
        bytes,
      },
      beforeWrite,
    );
    if (late.refusal) return await refuse(ctx, row.id, late.refusal);
    if (!saved.saved) {
      await ctx
        .db()
        .transaction()
        .execute(async (trx) => {
          await appendAudit(trx, ctx.deps, {
            action: 'share.release_cancelled',
            detail: { format: input.format },
            subject: { type: 'share', id: row.id },
          });
        });
      return { outcome: 'cancelled' };
    }
    const releaseId = ctx.deps.newId();
    // Read again rather than reused: the vault may have locked and reopened during the dialog.
    const release = await ctx
      .db()
      .transaction()
      .execute(async (trx) => {
        const now = nowIso(ctx.deps);
        await insertRelease(trx, {
          id: releaseId,
          share_id: row.id,
          consent_id: consent.id,
          recipient_label: consent.recipient_label,
          format: input.format,
          file_name: saved.fileName,
          file_sha256: sha256Hex(bytes),
          released_at: now,
        });
        // A withdrawal in the moment between the last check and this record stands; the release
        // is still recorded, so the worker is shown where the share went.
        const current = await findConsent(trx, consent.id);
        if (current?.status === 'active') await updateConsent(trx, consent.id, { status: 'used' });
        const share = await requireShare(trx, row.id);
        if (share.status === 'approved') {
          await updateShare(trx, row.id, { status: 'released', updated_at: now });
        }
        await appendAudit(trx, ctx.deps, {
          action: 'share.released',
          detail: { format: input.format },
          subject: { type: 'share', id: row.id },
        });
        const inserted = await findRelease(trx, releaseId);
        if (!inserted) throw new AppFailure('INTERNAL', 'The release was not recorded');
        return toRelease(inserted);
      });
    return { outcome: 'saved', release };
  } finally {
    releasing.delete(consent.id);
  }
}

/**
 * The last check before a file that needs no consent is written: the vault locked while the
 * dialog was open (idle, or the lid closed) means the person at the screen may not be the one
 * who asked, and the save could not be recorded anyway, so nothing is written.
 */
function stillUnlocked(ctx: CoreContext): () => Promise<boolean> {
  return async () => {
    if (!ctx.vault.isUnlocked()) throw new AppFailure('LOCKED', 'The vault is locked');
    return true;
  };
}

export type OwnCopyOutcome = { outcome: 'saved'; fileName: string } | { outcome: 'cancelled' };

/**
 * The person's copy of their own notes: their right, so it needs no third-party consent, only
 * the worker asking for it here. Audited with the number of notes, nothing else.
 */
export async function releaseOwnCopy(
  ctx: CoreContext,
  personId: string,
  language: Language,
): Promise<OwnCopyOutcome> {
  const { document, noteCount } = await buildOwnCopy(ctx.db(), personId, language);
  // Their own notes are theirs whatever they hold: an emoji is shown as �, never a refusal.
  const bytes = await renderPdf(document, {
    createdAt: new Date(ctx.clock.now()),
    unprintable: 'replace',
  });
  const date = new Date(ctx.clock.now()).toISOString().slice(0, 10);
  const saved = await ctx.saveFile(
    { suggestedName: `my-notes-${date}.pdf`, kind: 'pdf', bytes },
    stillUnlocked(ctx),
  );
  if (!saved.saved) return { outcome: 'cancelled' };
  await ctx
    .db()
    .transaction()
    .execute(async (trx) => {
      await appendAudit(trx, ctx.deps, {
        action: 'own_copy.released',
        detail: { notes: noteCount },
        subject: { type: 'person', id: personId },
      });
    });
  return { outcome: 'saved', fileName: saved.fileName };
}

/**
 * The agency's CSV reports (audit, funder counts) leave through here too, so that every file the
 * app writes passes the same door. They hold codes and counts, never content.
 */
export async function saveReport(
  ctx: CoreContext,
  input: { kind: 'audit_csv' | 'funder_csv'; suggestedName: string; csv: string },
): Promise<{ saved: true; fileName: string } | { saved: false }> {
  const result = await ctx.saveFile(
    { suggestedName: input.suggestedName, kind: 'csv', bytes: Buffer.from(input.csv, 'utf8') },
    stillUnlocked(ctx),
  );
  if (!result.saved) return { saved: false };
  await ctx
    .db()
    .transaction()
    .execute(async (trx) => {
      await appendAudit(trx, ctx.deps, { action: 'report.saved', detail: { kind: input.kind } });
    });
  return { saved: true, fileName: result.fileName };
}
