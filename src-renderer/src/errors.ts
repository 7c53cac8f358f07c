import type { ErrorCode } from '../../src-main/contract';
import type { MessageKey } from './i18n/en';
import { ApiError } from './api';

/** Every code the core can answer with, as a plain sentence; the record type keeps it complete. */
export const errorMessageKeys: Record<ErrorCode, MessageKey> = {
  INVALID_INPUT: 'errors.INVALID_INPUT',
  LOCKED: 'errors.LOCKED',
  NO_VAULT: 'errors.NO_VAULT',
  VAULT_EXISTS: 'errors.VAULT_EXISTS',
  WRONG_PASSPHRASE: 'errors.WRONG_PASSPHRASE',
  WRONG_RECOVERY_CODE: 'errors.WRONG_RECOVERY_CODE',
  WEAK_PASSPHRASE: 'errors.WEAK_PASSPHRASE',
  RATE_LIMITED: 'errors.RATE_LIMITED',
  NOT_FOUND: 'errors.NOT_FOUND',
  DATABASE_NEWER: 'errors.DATABASE_NEWER',
  DATABASE_DAMAGED: 'errors.DATABASE_DAMAGED',
  INTERNAL: 'errors.INTERNAL',
};

export function errorMessageKey(error: unknown): MessageKey {
  return error instanceof ApiError ? errorMessageKeys[error.code] : errorMessageKeys.INTERNAL;
}

export function errorCode(error: unknown): ErrorCode {
  return error instanceof ApiError ? error.code : 'INTERNAL';
}
