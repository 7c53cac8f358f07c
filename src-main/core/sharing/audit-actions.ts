import { z } from 'zod';
import {
  consentMethodSchema,
  errorCodeSchema,
  releaseFormatSchema,
  shareStatusSchema,
} from '../../contract';

const count = z.number().int().nonnegative();

/** The audit actions of this area, each with the only detail it may carry: never content. */
export const sharingAuditDetails = {
  'recipient.created': z.object({}).strict(),
  'recipient.updated': z.object({}).strict(),
  'recipient.archived': z.object({}).strict(),
  'recipient.unarchived': z.object({}).strict(),
  'share.created': z.object({ person: z.uuid(), quotes: count }).strict(),
  /** A change of content; `from` is the status it had, since an edit can send it back to draft. */
  'share.saved': z.object({ version: count, quotes: count, from: shareStatusSchema }).strict(),
  'share.deleted': z.object({}).strict(),
  'share.withdrawn': z.object({ releases: count }).strict(),
  'share.released': z.object({ format: releaseFormatSchema }).strict(),
  'share.release_refused': z.object({ code: errorCodeSchema }).strict(),
  'share.release_cancelled': z.object({ format: releaseFormatSchema }).strict(),
  'review.started': z.object({ version: count }).strict(),
  /**
   * `exited`: the worker left with their passphrase. `locked`: a lock or a restart ended review
   * mode first, and the next unlock put the undecided share back to draft.
   */
  'review.ended': z
    .object({ status: shareStatusSchema, reason: z.enum(['exited', 'locked']) })
    .strict(),
  'consent.given': z
    .object({ format: releaseFormatSchema, days: count, method: consentMethodSchema })
    .strict(),
  'consent.declined': z.object({ method: consentMethodSchema }).strict(),
  /** An edit of the content the person agreed to: the consent no longer covers it. */
  'consent.voided': z.object({ version: count }).strict(),
  'consent.withdrawn': z.object({}).strict(),
  /** The worker's passphrase did not match when leaving review mode; counted like an unlock. */
  'vault.passphrase_check_failed': z.object({}).strict(),
  'own_copy.released': z.object({ notes: count }).strict(),
  'report.saved': z.object({ kind: z.enum(['audit_csv', 'funder_csv']) }).strict(),
} as const;
