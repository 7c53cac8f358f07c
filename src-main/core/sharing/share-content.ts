import type { Share, ShareStatus } from '../../contract';
import { requirePerson } from '../people/people.service';
import type { PersonRow } from '../people/people.repo';
import type { Db } from '../record/deps';
import { calendarDate, canonicalShareSha256 } from './canonical';
import type { CanonicalShareInput } from './canonical';
import { effectiveConsentStatus, toConsent, toRelease } from './consents';
import { requireRecipient, toRecipient } from './recipients.service';
import type { RecipientRow } from './recipients.repo';
import { latestConsent, quotesOfShare, releasesOfShare } from './shares.repo';
import type { ConsentRow, ShareQuoteRow, ShareRow } from './shares.repo';

/** A share with everything its canonical form is made of, read in one place. */
export interface ShareContent {
  row: ShareRow;
  person: PersonRow;
  recipient: RecipientRow;
  quotes: ShareQuoteRow[];
  canonical: CanonicalShareInput;
  sha256: string;
}

export function canonicalInputOf(
  row: Pick<ShareRow, 'id' | 'purpose' | 'body'>,
  person: Pick<PersonRow, 'preferred_name'>,
  recipient: Pick<RecipientRow, 'name' | 'organisation' | 'role'>,
  quotes: ReadonlyArray<Pick<ShareQuoteRow, 'note_happened_at' | 'text'>>,
): CanonicalShareInput {
  return {
    shareId: row.id,
    personName: person.preferred_name,
    recipient: { name: recipient.name, organisation: recipient.organisation, role: recipient.role },
    purpose: row.purpose,
    body: row.body,
    quotes: quotes.map((quote) => ({
      noteDate: calendarDate(quote.note_happened_at),
      text: quote.text,
    })),
  };
}

export async function loadShareContent(db: Db, row: ShareRow): Promise<ShareContent> {
  const [person, recipient, quotes] = await Promise.all([
    requirePerson(db, row.person_id),
    requireRecipient(db, row.recipient_id),
    quotesOfShare(db, row.id),
  ]);
  const canonical = canonicalInputOf(row, person, recipient, quotes);
  return { row, person, recipient, quotes, canonical, sha256: canonicalShareSha256(canonical) };
}

/** An approved share whose consent ran out reads as expired; the stored status is kept as is. */
export function effectiveShareStatus(
  row: ShareRow,
  consent: ConsentRow | undefined,
  now: number,
): ShareStatus {
  const status = row.status as ShareStatus;
  if (status === 'approved' && consent && effectiveConsentStatus(consent, now) === 'expired') {
    return 'expired';
  }
  return status;
}

export async function toShare(db: Db, row: ShareRow, now: number): Promise<Share> {
  const content = await loadShareContent(db, row);
  const consent = await latestConsent(db, row.id);
  const releases = await releasesOfShare(db, row.id);
  return {
    id: row.id,
    personId: row.person_id,
    recipient: toRecipient(content.recipient),
    purpose: row.purpose,
    body: row.body,
    quotes: content.quotes.map((quote) => ({
      id: quote.id,
      noteId: quote.note_id,
      noteHappenedAt: quote.note_happened_at,
      text: quote.text,
    })),
    status: effectiveShareStatus(row, consent, now),
    contentVersion: row.content_version,
    contentSha256: content.sha256,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    consent: consent ? toConsent(consent, now) : null,
    releases: releases.map(toRelease),
  };
}
