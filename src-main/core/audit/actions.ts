import { z } from 'zod';
import { goalStatusSchema, lockReasonSchema } from '../../contract';
import { adminAuditDetails } from '../admin/audit-actions';
import { rightsAuditDetails } from '../rights/audit-actions';
import { sharingAuditDetails } from '../sharing/audit-actions';
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
  'person.created': z.object({}).strict(),
  'person.updated': z.object({}).strict(),
  'person.archived': z.object({}).strict(),
  'person.unarchived': z.object({}).strict(),
  'goal.created': z.object({ status: goalStatusSchema }).strict(),
  'goal.updated': z.object({ status: goalStatusSchema }).strict(),
  'goal.status_changed': z.object({ status: goalStatusSchema }).strict(),
  'goal.step_added': z.object({ step: z.uuid() }).strict(),
  'goal.step_done': z.object({ step: z.uuid(), done: z.boolean() }).strict(),
  'goal.step_removed': z.object({ step: z.uuid() }).strict(),
  'note.created': z.object({ person: z.uuid() }).strict(),
  'note.saved': z.object({ version: z.number().int() }).strict(),
  'note.restored': z.object({ version: z.number().int(), from: z.number().int() }).strict(),
  'reflection.created': z.object({}).strict(),
  'reflection.saved': z.object({}).strict(),
  'reflection.deleted': z.object({}).strict(),
  ...sharingAuditDetails,
  ...rightsAuditDetails,
  ...adminAuditDetails,
} as const;

export type AuditAction = keyof typeof auditDetails;
export type AuditDetail<A extends AuditAction> = z.infer<(typeof auditDetails)[A]>;

export const AUDIT_ACTIONS = Object.keys(auditDetails) as AuditAction[];
