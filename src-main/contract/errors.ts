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
  /** A release with no consent for this share. */
  'CONSENT_REQUIRED',
  'CONSENT_DECLINED',
  'CONSENT_EXPIRED',
  'CONSENT_WITHDRAWN',
  /** The consent permitted one release, and it has been used. */
  'CONSENT_USED',
  /** The content, recipient or format differ from what the person agreed to. */
  'CONSENT_MISMATCH',
  /** Review mode is on: only the review itself answers until the worker's passphrase ends it. */
  'IN_REVIEW',
  /** The action does not fit the record's state (e.g. approving a share not in review). */
  'WRONG_STATE',
  /** A typed confirmation (a name, a statement) did not match. */
  'CONFIRMATION_MISMATCH',
  /** The agency's policy does not allow this (a release format, the funder report, a looser value). */
  'NOT_ALLOWED_BY_POLICY',
  /** A backup failed its check after writing, or cannot be opened. */
  'BACKUP_DAMAGED',
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
