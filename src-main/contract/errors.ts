import { z } from 'zod';

/**
 * Every error that crosses the door carries one of these codes. The renderer maps each code to a
 * plain sentence in the user's language; `message` is for logs and tests, never shown as is.
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'LOCKED',
  'NO_VAULT',
  'VAULT_EXISTS',
  'WRONG_PASSPHRASE',
  'WRONG_RECOVERY_CODE',
  'WEAK_PASSPHRASE',
  'RATE_LIMITED',
  'NOT_FOUND',
  'DATABASE_NEWER',
  'DATABASE_DAMAGED',
  'INTERNAL',
] as const;

export const errorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const appErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  /** With RATE_LIMITED: how long until another attempt is accepted. */
  retryAfterMs: z.number().int().nonnegative().optional(),
});
export type AppError = z.infer<typeof appErrorSchema>;
