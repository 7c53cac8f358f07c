import { z } from 'zod';
import { RELEASE_FORMATS } from '../../contract';

/**
 * The agency's policy file. Every key is optional: a key present sets that rule and locks it, so
 * the worker cannot loosen it. Unknown keys are refused, so a misspelt key is reported instead of
 * silently doing nothing. resources/policy.schema.json is the same rules as JSON Schema for IT's
 * own tools; test/core/policy/schema.test.ts keeps the two in step.
 */
export const agencyPolicySchema = z
  .object({
    // Lets IT's editor find resources/policy.schema.json; Alongside does not read it.
    $schema: z.string().optional(),
    version: z.literal(1),
    idleLockMaxMinutes: z.number().int().min(1).max(60).optional(),
    minPassphraseScore: z.number().int().min(0).max(4).optional(),
    kdfFloor: z
      .object({
        // Up to 4 GiB and 64 passes: anything beyond would stop a laptop from unlocking at all.
        memoryKiB: z.number().int().min(1).max(4_194_304),
        iterations: z.number().int().min(1).max(64),
        parallelism: z.number().int().min(1).max(255),
      })
      .strict()
      .optional(),
    consentDefaultDays: z.number().int().min(1).max(3650).optional(),
    consentMaxDays: z.number().int().min(1).max(3650).optional(),
    releaseFormats: z
      .array(z.enum(RELEASE_FORMATS))
      .refine((formats) => new Set(formats).size === formats.length, 'duplicate format')
      .optional(),
    funderReportEnabled: z.boolean().optional(),
  })
  .strict()
  .refine(
    (file) =>
      file.consentDefaultDays === undefined ||
      file.consentMaxDays === undefined ||
      file.consentMaxDays >= file.consentDefaultDays,
    { message: 'consentMaxDays is shorter than consentDefaultDays', path: ['consentMaxDays'] },
  );
export type AgencyPolicy = z.infer<typeof agencyPolicySchema>;
