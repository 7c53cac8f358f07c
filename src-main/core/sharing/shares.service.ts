import type { Kysely, Transaction } from 'kysely';
import type {
  Consent,
  Release,
  Share,
  ShareFields,
  ShareQuoteInput,
  ShareStatus,
  ShareSummary,
  WithdrawOutcome,
} from '../../contract';
import { appendAudit } from '../audit/audit.service';
import type { Database } from '../db/schema';
import { AppFailure } from '../failure';
import { findNote } from '../notes/notes.repo';
import type { NoteRow } from '../notes/notes.repo';
import { requirePerson } from '../people/people.service';
import { DEFAULT_PAGE, decodeCursor, pageFrom } from '../record/cursor';
import { nowIso } from '../record/deps';
import type { Db, RecordDeps } from '../record/deps';
import { canonicalShareSha256 } from './canonical';
import { effectiveConsentStatus, toConsent, toRelease } from './consents';
import { recipientLabel, requireRecipient } from './recipients.service';
import { canonicalInputOf, effectiveShareStatus, loadShareContent, toShare } from './share-content';
import {
  consentsOfShare,
  deleteShare as deleteShareRow,
  findShare,
  insertShare,
  latestConsent,
  listSharesOfPerson,
  releasesOfShare,
  replaceQuotes,
  updateConsent,
  updateShare,
} from './shares.repo';
import type { ShareQuoteRow, ShareRow } from './shares.repo';

export async function requireShare(db: Db, id: string): Promise<ShareRow> {
  const row = await findShare(db, id);
  if (!row) throw new AppFailure('NOT_FOUND', 'No such share');
  return row;
}

/**
 * The note fields a quote may be taken from: exactly the ones the review screen shows the person
 * (`reviewNoteSchema`), so nothing can be shared in words they were never shown in full.
 */
function quotableFields(note: NoteRow): string[] {
  return [note.talked_about, note.in_their_words, note.strengths_noticed].map((text) =>
    text.normalize('NFC'),
  );
}

type QuoteColumns = Omit<ShareQuoteRow, 'seq' | 'share_id' | 'position'>;

/**
 * A quote must be words the person's own note holds today. A quote already in the share keeps
 * its words even if the note changed since: only new quotes are checked.
 */
async function checkedQuotes(
  db: Db,
  deps: RecordDeps,
  personId: string,
  quotes: ShareQuoteInput[],
  existing: ShareQuoteRow[],
): Promise<QuoteColumns[]> {
  const rows: QuoteColumns[] = [];
  for (const quote of quotes) {
    const kept = existing.find((old) => old.note_id === quote.noteId && old.text === quote.text);
    if (kept) {
      rows.push({
        id: deps.newId(),
        note_id: kept.note_id,
        note_happened_at: kept.note_happened_at,
        text: kept.text,
      });
      continue;
    }
    const note = await findNote(db, quote.noteId);
    if (!note || note.person_id !== personId) {
      throw new AppFailure('INVALID_INPUT', 'quotes: a note does not belong to this person');
    }
    const words = quote.text.normalize('NFC');
    if (!quotableFields(note).some((field) => field.includes(words))) {
      throw new AppFailure('INVALID_INPUT', 'quotes: the words are not in that note');
    }
    rows.push({
      id: deps.newId(),
      note_id: note.id,
      note_happened_at: note.happened_at,
      text: words,
    });
  }
  return rows;
}

export async function createShare(
  db: Kysely<Database>,
  deps: RecordDeps,
  personId: string,
  fields: ShareFields,
): Promise<Share> {
  const id = deps.newId();
  const now = nowIso(deps);
  return db.transaction().execute(async (trx) => {
    await requirePerson(trx, personId);
    const recipient = await requireRecipient(trx, fields.recipientId);
    if (recipient.archived_at !== null) {
      throw new AppFailure('WRONG_STATE', 'The recipient is archived');
    }
    const quotes = await checkedQuotes(trx, deps, personId, fields.quotes, []);
    await insertShare(trx, {
      id,
      person_id: personId,
      recipient_id: recipient.id,
      purpose: fields.purpose,
      body: fields.body,
      status: 'draft',
      content_version: 1,
      created_at: now,
      updated_at: now,
    });
    await replaceQuotes(trx, id, quotes);
    await appendAudit(trx, deps, {
      action: 'share.created',
      detail: { person: personId, quotes: quotes.length },
      subject: { type: 'share', id },
    });
    return toShare(trx, await requireShare(trx, id), deps.clock.now());
  });
}

/**
 * Writes new content. Any content change makes a new content version, voids a consent that was
 * still active (it covered other words) and returns the share to draft, or keeps it in review
 * when the edit is made there and then. A save that changes nothing writes nothing.
 */
export async function writeContent(
  trx: Transaction<Database>,
  deps: RecordDeps,
  row: ShareRow,
  fields: ShareFields,
  next: 'draft' | 'in_review',
): Promise<boolean> {
  const now = deps.clock.now();
  const consent = await latestConsent(trx, row.id);
  const from = effectiveShareStatus(row, consent, now);
  const content = await loadShareContent(trx, row);
  const recipient =
    fields.recipientId === row.recipient_id
      ? content.recipient
      : await requireRecipient(trx, fields.recipientId);
  const quotes = await checkedQuotes(trx, deps, row.person_id, fields.quotes, content.quotes);
  const nextRow = { ...row, purpose: fields.purpose, body: fields.body };
  const sameContent =
    recipient.id === row.recipient_id &&
    canonicalShareSha256(canonicalInputOf(nextRow, content.person, recipient, quotes)) ===
      content.sha256 &&
    quotes.map((q) => q.note_id).join() === content.quotes.map((q) => q.note_id).join();
  if (sameContent) return false;
  if (from === 'withdrawn') {
    throw new AppFailure('WRONG_STATE', 'A withdrawn share keeps its words; write a new share');
  }
  // A share already written for someone since archived can still be edited; a new choice cannot.
  if (recipient.id !== row.recipient_id && recipient.archived_at !== null) {
    throw new AppFailure('WRONG_STATE', 'The recipient is archived');
  }
  const version = row.content_version + 1;
  await updateShare(trx, row.id, {
    recipient_id: recipient.id,
    purpose: fields.purpose,
    body: fields.body,
    status: next,
    content_version: version,
    updated_at: nowIso(deps),
  });
  await replaceQuotes(trx, row.id, quotes);
  // An expired consent is left as it reads; only one that still permitted a release is voided.
  if (consent && effectiveConsentStatus(consent, now) === 'active') {
    await updateConsent(trx, consent.id, { status: 'void' });
    await appendAudit(trx, deps, {
      action: 'consent.voided',
      detail: { version },
      subject: { type: 'consent', id: consent.id },
    });
  }
  await appendAudit(trx, deps, {
    action: 'share.saved',
    detail: { version, quotes: quotes.length, from },
    subject: { type: 'share', id: row.id },
  });
  return true;
}

export async function saveShare(
  db: Kysely<Database>,
  deps: RecordDeps,
  id: string,
  fields: ShareFields,
): Promise<Share> {
  return db.transaction().execute(async (trx) => {
    const row = await requireShare(trx, id);
    await writeContent(trx, deps, row, fields, 'draft');
    return toShare(trx, await requireShare(trx, id), deps.clock.now());
  });
}

export async function getShare(db: Kysely<Database>, deps: RecordDeps, id: string): Promise<Share> {
  return toShare(db, await requireShare(db, id), deps.clock.now());
}

export async function pageShares(
  db: Kysely<Database>,
  deps: RecordDeps,
  input: { personId: string; cursor?: string | null; limit?: number },
): Promise<{ items: ShareSummary[]; nextCursor: string | null }> {
  await requirePerson(db, input.personId);
  const limit = input.limit ?? DEFAULT_PAGE;
  const rows = await listSharesOfPerson(db, input.personId, decodeCursor(input.cursor), limit);
  const page = rows.slice(0, limit);
  const now = deps.clock.now();
  const summaries = new Map<string, ShareSummary>();
  for (const row of page) {
    const recipient = await requireRecipient(db, row.recipient_id);
    summaries.set(row.id, {
      id: row.id,
      personId: row.person_id,
      recipientLabel: recipientLabel(recipient),
      purpose: row.purpose,
      status: effectiveShareStatus(row, await latestConsent(db, row.id), now),
      updatedAt: row.updated_at,
    });
  }
  return pageFrom(
    rows,
    limit,
    (row) => summaries.get(row.id) as ShareSummary,
    (row) => ({ key: row.updated_at, seq: row.seq }),
  );
}

/**
 * Only a draft that never went before the person can be deleted. Once they decided, yes or no,
 * the decision and the statements they were shown are part of their record: deleting the share
 * would take its consents with it (ON DELETE CASCADE), so a refusal or a withdrawal would vanish.
 */
export async function removeShare(
  db: Kysely<Database>,
  deps: RecordDeps,
  id: string,
): Promise<Record<string, never>> {
  return db.transaction().execute(async (trx) => {
    await requireShare(trx, id);
    const releases = await releasesOfShare(trx, id);
    const consents = await consentsOfShare(trx, id);
    if (releases.length > 0 || consents.length > 0) {
      throw new AppFailure('WRONG_STATE', 'A share the person has decided about cannot be deleted');
    }
    await deleteShareRow(trx, id);
    await appendAudit(trx, deps, {
      action: 'share.deleted',
      detail: {},
      subject: { type: 'share', id },
    });
    return {};
  });
}

export async function shareConsents(
  db: Kysely<Database>,
  deps: RecordDeps,
  shareId: string,
): Promise<Consent[]> {
  await requireShare(db, shareId);
  const now = deps.clock.now();
  return (await consentsOfShare(db, shareId)).map((row) => toConsent(row, now));
}

export async function shareReleases(db: Kysely<Database>, shareId: string): Promise<Release[]> {
  await requireShare(db, shareId);
  return (await releasesOfShare(db, shareId)).map(toRelease);
}

/**
 * As easy as giving it: from an approved or released share, the consent is withdrawn (when, by
 * whom, why) and the answer lists where the share had already gone, so those recipients can be
 * told.
 */
export async function withdrawShare(
  db: Kysely<Database>,
  deps: RecordDeps,
  id: string,
  reason: string,
): Promise<WithdrawOutcome> {
  return db.transaction().execute(async (trx) => {
    const row = await requireShare(trx, id);
    const consent = await latestConsent(trx, id);
    const status: ShareStatus = effectiveShareStatus(row, consent, deps.clock.now());
    if ((status !== 'approved' && status !== 'released') || !consent) {
      throw new AppFailure('WRONG_STATE', 'Only an approved or released share can be withdrawn');
    }
    const now = nowIso(deps);
    await updateConsent(trx, consent.id, {
      status: 'withdrawn',
      withdrawn_at: now,
      withdrawn_by: 'worker',
      withdrawal_reason: reason.trim(),
    });
    await updateShare(trx, id, { status: 'withdrawn', updated_at: now });
    const releases = await releasesOfShare(trx, id);
    await appendAudit(trx, deps, {
      action: 'consent.withdrawn',
      detail: {},
      subject: { type: 'consent', id: consent.id },
    });
    await appendAudit(trx, deps, {
      action: 'share.withdrawn',
      detail: { releases: releases.length },
      subject: { type: 'share', id },
    });
    return {
      share: await toShare(trx, await requireShare(trx, id), deps.clock.now()),
      alreadyReleased: releases.map(toRelease),
    };
  });
}
