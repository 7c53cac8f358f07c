import { z } from 'zod';
import { releaseFormatSchema } from './sharing';
import { vaultInputs, recoveryCodeSchema } from './vault';

// Managed policy --------------------------------------------------------------------------------

/** The settings an agency's policy file can set; a key present in the file is locked. */
export const POLICY_KEYS = [
  'idleLockMaxMinutes',
  'minPassphraseScore',
  'kdfFloor',
  'consentDefaultDays',
  'consentMaxDays',
  'releaseFormats',
  'funderReportEnabled',
] as const;
export const policyKeySchema = z.enum(POLICY_KEYS);
export type PolicyKey = z.infer<typeof policyKeySchema>;

export const kdfCostSchema = z
  .object({
    memoryKiB: z.number().int().positive(),
    iterations: z.number().int().positive(),
    parallelism: z.number().int().positive(),
  })
  .strict();

export const effectivePolicySchema = z.object({
  idleLockMaxMinutes: z.number().int().min(1).max(60),
  minPassphraseScore: z.number().int().min(0).max(4),
  consentDefaultDays: z.number().int().positive(),
  consentMaxDays: z.number().int().positive(),
  releaseFormats: z.array(releaseFormatSchema),
  funderReportEnabled: z.boolean(),
  kdfFloor: kdfCostSchema.optional(),
});

/**
 * Where the rules come from: no agency file, a valid agency file, or a file that could not be
 * used (then the strictest defaults apply and every key is locked).
 */
export const policySourceSchema = z.enum(['none', 'agency', 'malformed']);
export type PolicySource = z.infer<typeof policySourceSchema>;

/** Why the agency's file was not used; the renderer words it plainly. */
export const policyWarningSchema = z.enum(['policy_unreadable', 'policy_invalid']);
export type PolicyWarning = z.infer<typeof policyWarningSchema>;

export const policyStatusSchema = z.object({
  effective: effectivePolicySchema,
  locked: z.array(policyKeySchema),
  source: policySourceSchema,
  warning: policyWarningSchema.optional(),
});
export type PolicyStatus = z.infer<typeof policyStatusSchema>;

// Backup, restore, verify ---------------------------------------------------------------------

/** The worker closed the folder dialog without choosing: nothing was done. */
const cancelled = z.object({ done: z.literal(false) });

export const backupResultSchema = z.discriminatedUnion('done', [
  cancelled,
  z.object({
    done: z.literal(true),
    /** The new folder's name only: the renderer never sees a path. */
    folderName: z.string(),
    people: z.number().int().nonnegative(),
    notes: z.number().int().nonnegative(),
    verified: z.literal(true),
  }),
]);
export type BackupResult = z.infer<typeof backupResultSchema>;

/** Typed by the worker before a restore may replace the vault already on this computer. */
export const REPLACE_CONFIRMATION = 'REPLACE';

export const restoreInputSchema = z
  .object({
    secret: z.union([
      z.object({ passphrase: vaultInputs.passphrase }).strict(),
      z
        .object({ recoveryCode: recoveryCodeSchema, newPassphrase: vaultInputs.passphrase })
        .strict(),
    ]),
    replaceConfirmation: z.string().max(100).optional(),
  })
  .strict();
export type RestoreInput = z.infer<typeof restoreInputSchema>;

export const restoreResultSchema = z.discriminatedUnion('done', [
  cancelled,
  z.object({
    done: z.literal(true),
    people: z.number().int().nonnegative(),
    notes: z.number().int().nonnegative(),
    /** True when an earlier vault was kept aside, beside the data, as a safety copy. */
    previousKeptAside: z.boolean(),
  }),
]);
export type RestoreResult = z.infer<typeof restoreResultSchema>;

export const verifyResultSchema = z.object({
  cipherIntegrity: z.enum(['ok', 'failed']),
  integrity: z.enum(['ok', 'failed']),
  audit: z.object({
    intact: z.boolean(),
    events: z.number().int().nonnegative(),
    firstBrokenSeq: z.number().int().positive().optional(),
  }),
});
export type VerifyResult = z.infer<typeof verifyResultSchema>;
