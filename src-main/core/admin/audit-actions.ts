import { z } from 'zod';
import { policySourceSchema } from '../../contract';
import { unlockMethodSchema } from '../vault/attempts';

const count = z.number().int().nonnegative();

/** The audit actions of this area, each with the only detail it may carry: never content. */
export const adminAuditDetails = {
  /** At unlock, when an agency file is in force or could not be used. */
  'policy.loaded': z.object({ source: policySourceSchema }).strict(),
  'backup.created': z.object({ people: count, notes: count }).strict(),
  'vault.restored': z.object({ via: unlockMethodSchema, replaced: z.boolean() }).strict(),
  'vault.verified': z
    .object({ cipherOk: z.boolean(), structureOk: z.boolean(), auditIntact: z.boolean() })
    .strict(),
} as const;
