import { z } from 'zod';
import {
  backupResultSchema,
  policyStatusSchema,
  restoreInputSchema,
  restoreResultSchema,
  verifyResultSchema,
} from './admin';
import type { ChannelDefinitions } from './channel-definition';

const empty = z.object({}).strict();

/** For agency IT and the worker's own safety: the managed policy, backup, restore and verify. */
export const adminChannels = {
  /** Answers while locked: the start screens enforce the minimum strength and show a warning. */
  'policy.get': { input: empty, output: policyStatusSchema, whileLocked: true },
  'backup.create': { input: empty, output: backupResultSchema, whileLocked: false },
  /** On the start screens: a new laptop has no vault yet, a locked one may be replaced. */
  'restore.fromBackup': {
    input: restoreInputSchema,
    output: restoreResultSchema,
    whileLocked: true,
  },
  'verify.run': { input: empty, output: verifyResultSchema, whileLocked: false },
} as const satisfies ChannelDefinitions;
