import { z } from 'zod';
import { CONTACT_TYPES, LIST_LIMIT, idSchema } from './record';

/**
 * The person's rights (a copy of their own notes, deletion on request), the activity log and the
 * funder report. Nothing here carries the content of a note: the log and the report are codes,
 * ids, times and counts.
 */

/** What a save dialog came back with: the file's name only, never its folder. */
export const savedFileSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('saved'), fileName: z.string() }),
  z.object({ outcome: z.literal('cancelled') }),
]);
export type SavedFile = z.infer<typeof savedFileSchema>;

// Deletion on request ----------------------------------------------------------------------------

export const deletePersonInputSchema = z
  .object({
    personId: idSchema,
    /** The person's preferred name, typed again by the worker. */
    confirmation: z.string().max(200),
  })
  .strict();

export const deletionCountsSchema = z.object({
  notes: z.number().int().min(0),
  versions: z.number().int().min(0),
  goals: z.number().int().min(0),
  steps: z.number().int().min(0),
  /** Shares written for the care team, with their quotes, consents and releases. */
  shares: z.number().int().min(0),
});
export type DeletionCounts = z.infer<typeof deletionCountsSchema>;

// The activity log -------------------------------------------------------------------------------

/**
 * A day (`2026-11-03`, the whole UTC day) or an instant (`2026-11-03T05:00:00.000Z`): the screen
 * sends the instants where the worker's own day starts and ends, so "3 November" means their 3
 * November, not Greenwich's.
 */
const dayOrInstant = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

export const auditListInputSchema = z
  .object({
    /** The start of an action code, e.g. `person.` or `vault.unlock`. */
    action: z
      .string()
      .max(80)
      .regex(/^[a-z_.]*$/)
      .optional(),
    /** From this day or instant, included. */
    from: dayOrInstant.optional(),
    /** To the end of this day, or up to (not including) this instant. */
    to: dayOrInstant.optional(),
    cursor: z.string().max(200).nullable().optional(),
    limit: z.number().int().min(1).max(LIST_LIMIT.max).optional(),
  })
  .strict();
export type AuditListInput = z.infer<typeof auditListInputSchema>;

/** One entry of the activity log as shown: the detail is flattened to key and value codes. */
export const auditEntrySchema = z.object({
  seq: z.number().int().min(1),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  detail: z.array(z.object({ key: z.string(), value: z.string() })),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = z.object({
  items: z.array(auditEntrySchema),
  nextCursor: z.string().nullable(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;

export const auditCheckSchema = z.discriminatedUnion('intact', [
  z.object({ intact: z.literal(true), events: z.number().int().min(0) }),
  z.object({
    intact: z.literal(false),
    firstBrokenSeq: z.number().int().min(1),
    events: z.number().int().min(0),
  }),
]);
export type AuditCheck = z.infer<typeof auditCheckSchema>;

// The funder report ------------------------------------------------------------------------------

export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/** Ten years at most: enough for any funder, small enough to answer at once. */
export const FUNDER_MAX_MONTHS = 120;

export const funderRangeSchema = z
  .object({ fromMonth: monthSchema, toMonth: monthSchema })
  .strict()
  .refine((range) => range.fromMonth <= range.toMonth, {
    message: 'fromMonth after toMonth',
    path: ['toMonth'],
  })
  .refine((range) => monthsBetween(range.fromMonth, range.toMonth) <= FUNDER_MAX_MONTHS, {
    message: 'range too long',
    path: ['toMonth'],
  });
export type FunderRange = z.infer<typeof funderRangeSchema>;

/** Counts only: no names, no words, no ids. */
export const funderRowSchema = z.object({
  month: monthSchema,
  contacts: z.object(
    Object.fromEntries(CONTACT_TYPES.map((type) => [type, z.number().int().min(0)])) as Record<
      (typeof CONTACT_TYPES)[number],
      z.ZodNumber
    >,
  ),
  totalContacts: z.number().int().min(0),
  hours: z.number().min(0),
  peopleSupported: z.number().int().min(0),
  goalsReached: z.number().int().min(0),
});
export type FunderRow = z.infer<typeof funderRowSchema>;

/** Months from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm) + 1;
}
