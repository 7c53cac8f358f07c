import { z } from 'zod';
import { lockReasonSchema } from '../../contract';
import { unlockMethodSchema } from '../vault/attempts';

/**
 * Every action the audit knows, each with the only detail it may carry: codes and counts, never
 * content. A detail that does not fit its schema is refused before it reaches the chain.
 */
export const auditDetails = {
  'vault.created': z.object({}).strict(),
  'vault.unlocked': z.object({ method: unlockMethodSchema }).strict(),
  'vault.unlock_failed': z.object({ method: unlockMethodSchema }).strict(),
  /** More failures than the counter file keeps one by one: their number only. */
  'vault.unlock_failures_summarised': z.object({ count: z.number().int().positive() }).strict(),
  'vault.locked': z.object({ reason: lockReasonSchema }).strict(),
  'vault.passphrase_changed': z.object({ via: unlockMethodSchema }).strict(),
  'vault.passphrase_change_failed': z.object({}).strict(),
  'vault.recovery_code_used': z.object({}).strict(),
  'vault.recovery_code_confirmed': z.object({}).strict(),
  'vault.recovery_code_renewed': z.object({}).strict(),
  'settings.idle_lock_changed': z.object({ minutes: z.number().int() }).strict(),
} as const;

export type AuditAction = keyof typeof auditDetails;
export type AuditDetail<A extends AuditAction> = z.infer<(typeof auditDetails)[A]>;

export const AUDIT_ACTIONS = Object.keys(auditDetails) as AuditAction[];
