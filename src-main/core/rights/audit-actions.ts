import { z } from 'zod';

const count = z.number().int().min(0);

/**
 * The audit actions of this area, each with the only detail it may carry: never content. The
 * copy of their notes and saved reports are audited by core/sharing/release.ts, which writes them.
 */
export const rightsAuditDetails = {
  /** How much went, never what: no name, no words. */
  'person.deleted': z
    .object({ notes: count, versions: count, goals: count, steps: count, shares: count })
    .strict(),
} as const;
