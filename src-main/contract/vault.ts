import { z } from 'zod';

/** Long enough for a memorable sentence, short enough to stop a paste of a whole document. */
const passphrase = z.string().min(1).max(1024);

export const lockReasonSchema = z.enum(['manual', 'idle', 'suspend', 'screen_lock', 'quit']);
export type LockReason = z.infer<typeof lockReasonSchema>;

export const vaultStateSchema = z.enum(['absent', 'locked', 'unlocked']);
export type VaultState = z.infer<typeof vaultStateSchema>;

export const vaultStatusSchema = z.object({
  state: vaultStateSchema,
  /** Milliseconds until another unlock attempt is accepted; 0 when one may be tried now. */
  retryAfterMs: z.number().int().nonnegative(),
  /** Failed attempts since the last successful unlock. */
  failedAttempts: z.number().int().nonnegative(),
  /** The lowest zxcvbn score (0–4) a new passphrase must reach. */
  passphraseMinScore: z.number().int().min(0).max(4),
  /** False when a recovery code was made but its owner never confirmed writing it down. */
  recoveryCodeConfirmed: z.boolean(),
});
export type VaultStatus = z.infer<typeof vaultStatusSchema>;

export const strengthSchema = z.object({
  score: z.number().int().min(0).max(4),
  minScore: z.number().int().min(0).max(4),
  acceptable: z.boolean(),
  /** zxcvbn-ts translation keys; the renderer turns them into words in the user's language. */
  warning: z.string().nullable(),
  suggestions: z.array(z.string()),
});
export type Strength = z.infer<typeof strengthSchema>;

/** Six groups of four Crockford base-32 characters, e.g. `7KQ2-M9XD-…`. */
export const recoveryCodeSchema = z.string().min(1).max(200);

export const vaultInputs = {
  passphrase,
  create: z.object({ passphrase }).strict(),
  unlock: z.object({ passphrase }).strict(),
  unlockWithRecoveryCode: z
    .object({ recoveryCode: recoveryCodeSchema, newPassphrase: passphrase })
    .strict(),
  changePassphrase: z.object({ current: passphrase, next: passphrase }).strict(),
  renewRecoveryCode: z.object({ passphrase }).strict(),
};

export const recoveryCodeOutputSchema = z.object({ recoveryCode: z.string() });
