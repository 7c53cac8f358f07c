import { z } from 'zod';
import { contactTypeSchema, idSchema, pageOf, plainText } from './record';
import { languageSchema } from './settings';

/**
 * The clinical-facing space: recipients, shares written for one recipient and one purpose, the
 * person's consent (or refusal) bound to the exact content, and each release. Nothing here is
 * ever derived implicitly from a note: a share quotes chosen passages on purpose.
 */

const id = idSchema;
const isoDateTime = z.string().datetime({ offset: true });
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const required = (max: number) => plainText(max).pipe(z.string().trim().min(1));

// Recipients -----------------------------------------------------------------------------------

/** A named person or team at an organisation, with their role: never a category. */
export const recipientFieldsSchema = z
  .object({
    name: required(200),
    organisation: required(200),
    role: plainText(200),
  })
  .strict();
export type RecipientFields = z.infer<typeof recipientFieldsSchema>;

export const recipientSchema = recipientFieldsSchema.extend({
  id,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  archivedAt: isoDateTime.nullable(),
});
export type Recipient = z.infer<typeof recipientSchema>;

// Shares ---------------------------------------------------------------------------------------

export const RELEASE_FORMATS = ['pdf', 'fhir_json'] as const;
export const releaseFormatSchema = z.enum(RELEASE_FORMATS);
export type ReleaseFormat = z.infer<typeof releaseFormatSchema>;

/**
 * draft → in_review → approved | declined; approved → released; approved | released → withdrawn;
 * approved → expired. Any edit of an approved (or declined) share returns it to draft.
 */
export const SHARE_STATUSES = [
  'draft',
  'in_review',
  'approved',
  'declined',
  'released',
  'withdrawn',
  'expired',
] as const;
export const shareStatusSchema = z.enum(SHARE_STATUSES);
export type ShareStatus = z.infer<typeof shareStatusSchema>;

/** A passage chosen from one of the person's notes; it must be words that note holds. */
export const shareQuoteInputSchema = z.object({ noteId: id, text: required(5_000) }).strict();
export type ShareQuoteInput = z.infer<typeof shareQuoteInputSchema>;

export const shareFieldsSchema = z
  .object({
    recipientId: id,
    /** Why the recipient needs this, in plain words. */
    purpose: required(500),
    body: plainText(20_000),
    quotes: z.array(shareQuoteInputSchema).max(50),
  })
  .strict();
export type ShareFields = z.infer<typeof shareFieldsSchema>;

export const shareQuoteSchema = z.object({
  id,
  noteId: id,
  /** When the quoted note's contact happened, so the reader knows where the words come from. */
  noteHappenedAt: isoDateTime,
  text: z.string(),
});
export type ShareQuote = z.infer<typeof shareQuoteSchema>;

// Consent --------------------------------------------------------------------------------------

export const CONSENT_METHODS = ['side_by_side', 'read_aloud'] as const;
export const consentMethodSchema = z.enum(CONSENT_METHODS);
export type ConsentMethod = z.infer<typeof consentMethodSchema>;

/** `active` until used by a release, withdrawn, expired, or voided by an edit of the share. */
export const CONSENT_STATUSES = [
  'active',
  'declined',
  'used',
  'withdrawn',
  'expired',
  'void',
] as const;
export const consentStatusSchema = z.enum(CONSENT_STATUSES);
export type ConsentStatus = z.infer<typeof consentStatusSchema>;

/** One plain-language statement exactly as it was shown, with its stable id. */
export const consentStatementSchema = z.object({ id: z.string().min(1).max(60), text: z.string() });
export type ConsentStatement = z.infer<typeof consentStatementSchema>;

export const consentStatementsSchema = z.object({
  version: z.string().min(1).max(40),
  language: languageSchema,
  items: z.array(consentStatementSchema),
});
export type ConsentStatements = z.infer<typeof consentStatementsSchema>;

export const consentSchema = z.object({
  id,
  shareId: id,
  personId: id,
  decision: z.enum(['given', 'declined']),
  status: consentStatusSchema,
  /** Who recorded the decision: the worker using this vault. */
  recordedBy: z.string(),
  recipientId: id,
  /** The recipient as the person saw it: "name, role, organisation". */
  recipientLabel: z.string(),
  purpose: z.string(),
  /** SHA-256 of the canonical share (docs/DATA-FORMAT.md, "Canonical share"). */
  contentSha256: sha256Hex,
  /** Given consents permit one release in one format; refusals permit nothing. */
  format: releaseFormatSchema.nullable(),
  action: z.enum(['release_once']).nullable(),
  expiresAt: isoDateTime.nullable(),
  decidedAt: isoDateTime,
  method: consentMethodSchema,
  /** The name the person typed to confirm; null for a refusal. */
  typedName: z.string().nullable(),
  statements: consentStatementsSchema,
  withdrawnAt: isoDateTime.nullable(),
  withdrawnBy: z.string().nullable(),
  withdrawalReason: z.string().nullable(),
});
export type Consent = z.infer<typeof consentSchema>;

// Releases -------------------------------------------------------------------------------------

export const releaseSchema = z.object({
  id,
  shareId: id,
  consentId: id,
  recipientLabel: z.string(),
  format: releaseFormatSchema,
  /** The name of the file as saved (no folder): the worker's own choice in the save dialog. */
  fileName: z.string(),
  fileSha256: sha256Hex,
  releasedAt: isoDateTime,
});
export type Release = z.infer<typeof releaseSchema>;

export const releaseOutcomeSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('saved'), release: releaseSchema }),
  /** The worker closed the save dialog: nothing left, the consent is still unused. */
  z.object({ outcome: z.literal('cancelled') }),
]);
export type ReleaseOutcome = z.infer<typeof releaseOutcomeSchema>;

// Shares as they cross the door ----------------------------------------------------------------

export const shareSchema = z.object({
  id,
  personId: id,
  recipient: recipientSchema,
  purpose: z.string(),
  body: z.string(),
  quotes: z.array(shareQuoteSchema),
  status: shareStatusSchema,
  /** Goes up by one with every change of content; a consent names the version it saw. */
  contentVersion: z.number().int().min(1),
  contentSha256: sha256Hex,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  /** The latest decision for this share, if any. */
  consent: consentSchema.nullable(),
  releases: z.array(releaseSchema),
});
export type Share = z.infer<typeof shareSchema>;

export const shareSummarySchema = z.object({
  id,
  personId: id,
  recipientLabel: z.string(),
  purpose: z.string(),
  status: shareStatusSchema,
  updatedAt: isoDateTime,
});
export type ShareSummary = z.infer<typeof shareSummarySchema>;

export const shareListSchema = pageOf(shareSummarySchema);

// The side-by-side review ----------------------------------------------------------------------

/** A note the share draws on, shown on the left of the review, in full. */
export const reviewNoteSchema = z.object({
  id,
  happenedAt: isoDateTime,
  contactType: contactTypeSchema,
  talkedAbout: z.string(),
  inTheirWords: z.string(),
  strengthsNoticed: z.string(),
});
export type ReviewNote = z.infer<typeof reviewNoteSchema>;

/**
 * Everything review mode shows, and nothing else: this person, this share, the notes it quotes,
 * the statements to confirm, when consent would end, and which formats may be chosen.
 */
export const reviewSchema = z.object({
  person: z.object({ id, preferredName: z.string(), pronouns: z.string() }),
  share: shareSchema,
  notes: z.array(reviewNoteSchema),
  statements: consentStatementsSchema,
  /** If the person says yes now, the consent ends at this time unless they choose fewer days. */
  proposedExpiresAt: isoDateTime,
  maxExpiryDays: z.number().int().min(1),
  defaultExpiryDays: z.number().int().min(1),
  allowedFormats: z.array(releaseFormatSchema),
});
export type Review = z.infer<typeof reviewSchema>;

export const approveInputSchema = z
  .object({
    /** The person's own name, typed by them. */
    typedName: required(200),
    /** The version of the statements on the screen; a stale screen is refused. */
    statementsVersion: z.string().min(1).max(40),
    /** Ids of every statement the person confirmed; all of them are needed. */
    confirmedStatements: z.array(z.string().min(1).max(60)).max(20),
    format: releaseFormatSchema,
    method: consentMethodSchema,
    expiresInDays: z.number().int().min(1).max(3_650),
  })
  .strict();
export type ApproveInput = z.infer<typeof approveInputSchema>;

export const withdrawOutcomeSchema = z.object({
  share: shareSchema,
  /** Where the share had already gone, so the worker can tell those recipients. */
  alreadyReleased: z.array(releaseSchema),
});
export type WithdrawOutcome = z.infer<typeof withdrawOutcomeSchema>;
