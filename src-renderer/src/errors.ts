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
  CONSENT_REQUIRED: 'errors.CONSENT_REQUIRED',
  CONSENT_DECLINED: 'errors.CONSENT_DECLINED',
  CONSENT_EXPIRED: 'errors.CONSENT_EXPIRED',
  CONSENT_WITHDRAWN: 'errors.CONSENT_WITHDRAWN',
  CONSENT_USED: 'errors.CONSENT_USED',
  CONSENT_MISMATCH: 'errors.CONSENT_MISMATCH',
  IN_REVIEW: 'errors.IN_REVIEW',
  WRONG_STATE: 'errors.WRONG_STATE',
  CONFIRMATION_MISMATCH: 'errors.CONFIRMATION_MISMATCH',
  NOT_ALLOWED_BY_POLICY: 'errors.NOT_ALLOWED_BY_POLICY',
  BACKUP_DAMAGED: 'errors.BACKUP_DAMAGED',
};

export function errorMessageKey(error: unknown): MessageKey {
  return error instanceof ApiError ? errorMessageKeys[error.code] : errorMessageKeys.INTERNAL;
}

export function errorCode(error: unknown): ErrorCode {
  return error instanceof ApiError ? error.code : 'INTERNAL';
}
