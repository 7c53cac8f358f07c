import type { Transaction } from 'kysely';
import type {
  ApproveInput,
  Consent,
  ConsentMethod,
  Language,
  ReleaseFormat,
  Review,
  ReviewNote,
  ShareFields,
  ShareStatus,
} from '../../contract';
import type { AuditDetail } from '../audit/actions';
import { appendAudit } from '../audit/audit.service';
import type { CoreContext } from '../context';
import type { Database } from '../db/schema';
import { unprintableInPdf } from '../documents/pdf';
import { AppFailure } from '../failure';
import { findNote } from '../notes/notes.repo';
import { requirePerson } from '../people/people.service';
import { nowIso } from '../record/deps';
import type { Db, RecordDeps } from '../record/deps';
import { toConsent } from './consents';
import { recipientLabel } from './recipients.service';
import type { ReviewMode, ReviewSession } from './review-mode';
import { effectiveShareStatus, loadShareContent, toShare } from './share-content';
import { shareDocument } from './share-document';
import { requireShare, writeContent } from './shares.service';
import { findConsent, findShare, insertConsent, latestConsent, updateShare } from './shares.repo';
import { STATEMENT_IDS, STATEMENTS_VERSION, currentStatements } from './statements';

const DAY_MS = 86_400_000;

/** A share can be put before the person when no decision stands for its current words. */
const REVIEWABLE = new Set(['draft', 'in_review', 'declined', 'expired']);

function requireSession(mode: ReviewMode): ReviewSession {
  const session = mode.session;
  if (!session) throw new AppFailure('WRONG_STATE', 'Review mode is not on');
  return session;
}

function expiryDays(ctx: CoreContext): { defaultDays: number; maxDays: number } {
  const policy = ctx.policy();
  const maxDays = Math.max(1, policy.consentMaxDays);
  return { maxDays, defaultDays: Math.min(Math.max(1, policy.consentDefaultDays), maxDays) };
}

/** The notes the quotes come from, in full and in quote order, each once. */
async function sourceNotes(db: Db, personId: string, noteIds: string[]): Promise<ReviewNote[]> {
  const notes: ReviewNote[] = [];
  for (const id of new Set(noteIds)) {
    const note = await findNote(db, id);
    // Only this person's notes: the screen must never show anyone else's words.
    if (!note || note.person_id !== personId) continue;
    notes.push({
      id: note.id,
      happenedAt: note.happened_at,
      contactType: note.contact_type as ReviewNote['contactType'],
      talkedAbout: note.talked_about,
      inTheirWords: note.in_their_words,
      strengthsNoticed: note.strengths_noticed,
    });
  }
  return notes;
}

async function buildReview(ctx: CoreContext, session: ReviewSession): Promise<Review> {
  const db = ctx.db();
  const person = await requirePerson(db, session.personId);
  const share = await toShare(db, await requireShare(db, session.shareId), ctx.clock.now());
  const { defaultDays, maxDays } = expiryDays(ctx);
  return {
    person: { id: person.id, preferredName: person.preferred_name, pronouns: person.pronouns },
    share,
    notes: await sourceNotes(
      db,
      person.id,
      share.quotes.map((quote) => quote.noteId),
    ),
    statements: currentStatements(session.language),
    proposedExpiresAt: new Date(ctx.clock.now() + defaultDays * DAY_MS).toISOString(),
    maxExpiryDays: maxDays,
    defaultExpiryDays: defaultDays,
    allowedFormats: [...ctx.policy().releaseFormats],
  };
}

export async function startReview(
  ctx: CoreContext,
  mode: ReviewMode,
  shareId: string,
  language: Language,
): Promise<Review> {
  const current = mode.session;
  if (current && current.shareId !== shareId) {
    throw new AppFailure('IN_REVIEW', 'Another share is being reviewed');
  }
  const db = ctx.db();
  const deps = ctx.deps;
  const session = await db.transaction().execute(async (trx) => {
    const row = await requireShare(trx, shareId);
    const status = effectiveShareStatus(row, await latestConsent(trx, shareId), ctx.clock.now());
    if (current) return { ...current, language };
    if (!REVIEWABLE.has(status)) {
      throw new AppFailure('WRONG_STATE', 'This share already has a decision that stands');
    }
    await updateShare(trx, shareId, { status: 'in_review', updated_at: nowIso(deps) });
    await appendAudit(trx, deps, {
      action: 'review.started',
      detail: { version: row.content_version },
      subject: { type: 'share', id: shareId },
    });
    return { shareId, personId: row.person_id, language };
  });
  mode.begin(session);
  return buildReview(ctx, session);
}

export async function getReview(
  ctx: CoreContext,
  mode: ReviewMode,
  language: Language,
): Promise<Review> {
  requireSession(mode);
  mode.showIn(language);
  return buildReview(ctx, requireSession(mode));
}

/** The person asked for a change; the worker makes it there and then, still in review. */
export async function editInReview(
  ctx: CoreContext,
  mode: ReviewMode,
  fields: Omit<ShareFields, 'recipientId'>,
  language: Language,
): Promise<Review> {
  const session = requireSession(mode);
  await ctx
    .db()
    .transaction()
    .execute(async (trx) => {
      const row = await requireShare(trx, session.shareId);
      if (row.status !== 'in_review') {
        throw new AppFailure('WRONG_STATE', 'The person has already decided about this share');
      }
      await writeContent(
        trx,
        ctx.deps,
        row,
        { ...fields, recipientId: row.recipient_id },
        'in_review',
      );
    });
  mode.showIn(language);
  return buildReview(ctx, session);
}

/** Case, spacing and Unicode form do not matter; the letters do. */
function sameName(typed: string, name: string): boolean {
  const fold = (text: string) => text.normalize('NFC').toLowerCase().replace(/\s+/gu, '');
  return fold(typed) === fold(name);
}

/**
 * "Yes, share this": the consent records everything the person saw and agreed to, bound to the
 * SHA-256 of the exact words, for one release in one format, until a chosen day.
 */
export async function approveReview(
  ctx: CoreContext,
  mode: ReviewMode,
  input: ApproveInput,
): Promise<Consent> {
  const session = requireSession(mode);
  const policy = ctx.policy();
  const { maxDays } = expiryDays(ctx);
  if (input.statementsVersion !== STATEMENTS_VERSION) {
    throw new AppFailure('CONFIRMATION_MISMATCH', 'The statements on the screen are out of date');
  }
  const confirmed = new Set(input.confirmedStatements);
  if (!STATEMENT_IDS.every((id) => confirmed.has(id))) {
    throw new AppFailure('CONFIRMATION_MISMATCH', 'Every statement needs to be confirmed');
  }
  if (!policy.releaseFormats.includes(input.format)) {
    throw new AppFailure('NOT_ALLOWED_BY_POLICY', 'This format is not allowed by the policy');
  }
  if (input.expiresInDays > maxDays) {
    throw new AppFailure('NOT_ALLOWED_BY_POLICY', 'Consent cannot last that long under the policy');
  }
  const deps = ctx.deps;
  return ctx
    .db()
    .transaction()
    .execute(async (trx) => {
      const row = await requireShare(trx, session.shareId);
      if (row.status !== 'in_review') {
        throw new AppFailure('WRONG_STATE', 'The person has already decided about this share');
      }
      const content = await loadShareContent(trx, row);
      if (!sameName(input.typedName, content.person.preferred_name)) {
        throw new AppFailure('CONFIRMATION_MISMATCH', 'The typed name does not match');
      }
      const id = deps.newId();
      const now = deps.clock.now();
      // A consent covers exact words: a PDF that could not show some of them is refused now,
      // before the person says yes to it, not at release.
      if (input.format === 'pdf') {
        const document = shareDocument(content.canonical, content.sha256, {
          id,
          decidedAt: new Date(now).toISOString(),
          language: session.language,
        });
        if (unprintableInPdf(document).length > 0) {
          throw new AppFailure('INVALID_INPUT', 'share.unprintable_in_pdf');
        }
      }
      return recordDecision(trx, deps, row, content, {
        id,
        now,
        method: input.method,
        language: session.language,
        given: {
          format: input.format,
          expiresAt: new Date(now + input.expiresInDays * DAY_MS).toISOString(),
          typedName: input.typedName,
        },
        audit: {
          action: 'consent.given',
          detail: { format: input.format, days: input.expiresInDays, method: input.method },
        },
      });
    });
}

type ShareRow = Awaited<ReturnType<typeof requireShare>>;
type ShareContent = Awaited<ReturnType<typeof loadShareContent>>;

interface Decision {
  id: string;
  now: number;
  method: ConsentMethod;
  /** The statements are stored in the language they were shown in. */
  language: Language;
  /** What a yes permits; null for a no, which permits nothing. */
  given: { format: ReleaseFormat; expiresAt: string; typedName: string } | null;
  audit:
    | { action: 'consent.given'; detail: AuditDetail<'consent.given'> }
    | { action: 'consent.declined'; detail: AuditDetail<'consent.declined'> };
}

/**
 * One decision about one version of a share, yes or no, recorded the same way: the words' hash,
 * the recipient as the person read them, the statements shown, the share's new status, and its
 * content-free audit event, in the caller's transaction.
 */
async function recordDecision(
  trx: Transaction<Database>,
  deps: RecordDeps,
  row: ShareRow,
  content: ShareContent,
  decision: Decision,
): Promise<Consent> {
  const { given } = decision;
  await insertConsent(trx, {
    id: decision.id,
    share_id: row.id,
    person_id: row.person_id,
    decision: given ? 'given' : 'declined',
    status: given ? 'active' : 'declined',
    recorded_by: 'worker',
    recipient_id: content.recipient.id,
    recipient_label: recipientLabel(content.recipient),
    purpose: row.purpose,
    content_sha256: content.sha256,
    content_version: row.content_version,
    format: given?.format ?? null,
    action: given ? 'release_once' : null,
    expires_at: given?.expiresAt ?? null,
    decided_at: new Date(decision.now).toISOString(),
    method: decision.method,
    typed_name: given?.typedName ?? null,
    statements: JSON.stringify(currentStatements(decision.language)),
    withdrawn_at: null,
    withdrawn_by: null,
    withdrawal_reason: null,
  });
  await updateShare(trx, row.id, {
    status: given ? 'approved' : 'declined',
    updated_at: nowIso(deps),
  });
  await appendAudit(trx, deps, { ...decision.audit, subject: { type: 'share', id: row.id } });
  return toConsent(await requireConsent(trx, decision.id), decision.now);
}

/** "No, keep it private": as easy as yes, and recorded the same way, with what was shown. */
export async function declineReview(
  ctx: CoreContext,
  mode: ReviewMode,
  method: ConsentMethod,
  language: Language,
): Promise<Consent> {
  const session = requireSession(mode);
  mode.showIn(language);
  const deps = ctx.deps;
  return ctx
    .db()
    .transaction()
    .execute(async (trx) => {
      const row = await requireShare(trx, session.shareId);
      if (row.status !== 'in_review') {
        throw new AppFailure('WRONG_STATE', 'The person has already decided about this share');
      }
      const content = await loadShareContent(trx, row);
      return recordDecision(trx, deps, row, content, {
        id: deps.newId(),
        now: deps.clock.now(),
        method,
        language,
        given: null,
        audit: { action: 'consent.declined', detail: { method } },
      });
    });
}

/**
 * Leaving needs the worker's passphrase, checked and counted like an unlock. A share the person
 * did not decide about goes back to draft.
 */
export async function exitReview(
  ctx: CoreContext,
  mode: ReviewMode,
  passphrase: string,
): Promise<Record<string, never>> {
  const session = mode.session;
  if (!session) return {};
  await ctx.vault.verifyPassphrase(passphrase);
  const deps = ctx.deps;
  await ctx
    .db()
    .transaction()
    .execute(async (trx) => {
      const row = await findShare(trx, session.shareId);
      if (!row) return;
      const status = (row.status === 'in_review' ? 'draft' : row.status) as ShareStatus;
      if (status !== row.status) await updateShare(trx, row.id, { status });
      await appendAudit(trx, deps, {
        action: 'review.ended',
        detail: { status, reason: 'exited' },
        subject: { type: 'share', id: row.id },
      });
    });
  mode.end();
  return {};
}

/**
 * Review mode lives in memory, so a lock or a restart ends it without a word in the database and
 * the share would read "in review" for ever. Run in the first transaction after an unlock: any
 * share still marked in review, other than one being reviewed right now, was left undecided and
 * goes back to draft.
 */
export async function endInterruptedReviews(
  trx: Transaction<Database>,
  deps: RecordDeps,
  reviewing: string | null,
): Promise<void> {
  const stranded = await trx
    .selectFrom('shares')
    .select('id')
    .where('status', '=', 'in_review')
    .orderBy('seq')
    .execute();
  for (const { id } of stranded) {
    if (id === reviewing) continue;
    await updateShare(trx, id, { status: 'draft' });
    await appendAudit(trx, deps, {
      action: 'review.ended',
      detail: { status: 'draft', reason: 'locked' },
      subject: { type: 'share', id },
    });
  }
}

async function requireConsent(db: Db, id: string) {
  const row = await findConsent(db, id);
  if (!row) throw new AppFailure('NOT_FOUND', 'No such consent');
  return row;
}
