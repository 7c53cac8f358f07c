import { z } from 'zod';
import { idSchema } from './record';
import {
  auditCheckSchema,
  auditListInputSchema,
  auditPageSchema,
  deletePersonInputSchema,
  deletionCountsSchema,
  funderRangeSchema,
  funderRowSchema,
  savedFileSchema,
} from './rights';
import { languageSchema } from './settings';
import type { ChannelDefinitions } from './channel-definition';

const empty = z.object({}).strict();

/**
 * The person's rights (a copy of their own notes, deletion on request), the audit screen and the
 * funder report.
 */
export const rightsChannels = {
  /** Their right: no third-party consent, but the worker confirms and the copy is audited. */
  'rights.copyOfNotes': {
    input: z.object({ personId: idSchema, language: languageSchema }).strict(),
    output: savedFileSchema,
    whileLocked: false,
  },
  /** Everything about the person, gone in one transaction; the audit keeps only counts. */
  'rights.deletePerson': {
    input: deletePersonInputSchema,
    output: deletionCountsSchema,
    whileLocked: false,
  },
  /** Newest first, keyset-paged. */
  'audit.list': { input: auditListInputSchema, output: auditPageSchema, whileLocked: false },
  'audit.verify': { input: empty, output: auditCheckSchema, whileLocked: false },
  'audit.exportCsv': { input: empty, output: savedFileSchema, whileLocked: false },
  'reports.funder': {
    input: funderRangeSchema,
    output: z.array(funderRowSchema),
    whileLocked: false,
  },
  'reports.exportFunderCsv': {
    input: funderRangeSchema,
    output: savedFileSchema,
    whileLocked: false,
  },
} as const satisfies ChannelDefinitions;
