import { z } from 'zod';
import { appErrorSchema, EVENT_NAMES, lockReasonSchema } from '../../contract';
import type { Result } from '../../contract';
import type { SaveFileRequest } from '../ports';

/**
 * The messages between the Electron main process and the core worker. Both sides parse what they
 * receive, so a bug on one side shows up as a logged refusal instead of a half-read message.
 * Everything here is plain data: it crosses `postMessage` by structured clone.
 */

export const kdfParamsSchema = z
  .object({
    memoryKiB: z.number().int().positive(),
    iterations: z.number().int().positive(),
    parallelism: z.number().int().positive(),
  })
  .strict();
export type KdfParams = z.infer<typeof kdfParamsSchema>;

export const workerDataSchema = z
  .object({
    dataDir: z.string().min(1),
    kdf: kdfParamsSchema.optional(),
    /** The agency's policy file for this OS; it may not exist. */
    policyFile: z.string().min(1).optional(),
  })
  .strict();
export type HostWorkerData = z.infer<typeof workerDataSchema>;

const requestId = z.number().int().nonnegative();

/**
 * A bare file name: the worker suggests one and learns back only the name the person chose,
 * never the folder, so no path crosses in either direction.
 */
export const plainFileNameSchema = z
  .string()
  .min(1)
  .max(255)
  .refine(
    (name) =>
      !name.includes('/') &&
      !name.includes('\\') &&
      !name.includes('\0') &&
      name !== '.' &&
      name !== '..',
    { message: 'a file name without a folder' },
  );

/** What the main side is told when asked where to save: everything but the bytes. */
export type SaveDialogRequest = Omit<SaveFileRequest, 'bytes'>;

export const saveFileResultSchema = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(true), fileName: plainFileNameSchema }).strict(),
  z.object({ saved: z.literal(false) }).strict(),
]);

export const toWorkerSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('invoke'),
    id: requestId,
    channel: z.string(),
    input: z.unknown(),
  }),
  z.object({ type: z.literal('lock'), id: requestId, reason: lockReasonSchema }),
  z.object({ type: z.literal('close') }),
  /**
   * The first answer to a `saveFile` request: the name the person chose, or null when they
   * cancelled. The main side keeps the folder; nothing is written until `saveFileWrite`.
   */
  z
    .object({
      type: z.literal('saveFileChosen'),
      id: requestId,
      fileName: plainFileNameSchema.nullable(),
    })
    .strict(),
  /** The last answer to a save: after `saveFileWrite`, whether the bytes are on disk. */
  z.object({ type: z.literal('saveFileResult'), id: requestId, result: saveFileResultSchema }),
  /** The answer to a `chooseFolder` request: null when the person cancelled. */
  z.object({
    type: z.literal('chooseFolderResult'),
    id: requestId,
    path: z.string().min(1).nullable(),
  }),
]);
export type ToWorker = z.infer<typeof toWorkerSchema>;

export const resultSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: appErrorSchema }),
]);

export const LOG_LEVELS = ['info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const logEntrySchema = z.object({
  level: z.enum(LOG_LEVELS),
  message: z.string(),
  fields: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
});
export type HostLogEntry = z.infer<typeof logEntrySchema>;

/** Why the core asks for a folder: the dialog's wording differs, the answer does not. */
export const folderPurposeSchema = z.enum(['backup', 'restore']);
export type FolderPurpose = z.infer<typeof folderPurposeSchema>;

export const fromWorkerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('result'), id: requestId, result: resultSchema }),
  z.object({ type: z.literal('event'), name: z.enum(EVENT_NAMES), payload: z.unknown() }),
  z.object({ type: z.literal('log'), entry: logEntrySchema }),
  /** Asks for a save dialog; the bytes follow only once the core has checked again. */
  z
    .object({
      type: z.literal('saveFile'),
      id: requestId,
      suggestedName: plainFileNameSchema,
      kind: z.enum(['pdf', 'json', 'csv']),
    })
    .strict(),
  /** Writes the bytes where the person chose for save `id`. */
  z
    .object({ type: z.literal('saveFileWrite'), id: requestId, bytes: z.instanceof(Uint8Array) })
    .strict(),
  /** Save `id` will not be written: the main side forgets where it would have gone. */
  z.object({ type: z.literal('saveFileAbort'), id: requestId }).strict(),
  z.object({ type: z.literal('chooseFolder'), id: requestId, purpose: folderPurposeSchema }),
]);

/** Spelled out rather than inferred so `result` keeps the contract's `Result` type. */
export type FromWorker =
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'event'; name: (typeof EVENT_NAMES)[number]; payload: unknown }
  | { type: 'log'; entry: HostLogEntry }
  | ({ type: 'saveFile'; id: number } & SaveDialogRequest)
  | { type: 'saveFileWrite'; id: number; bytes: Uint8Array }
  | { type: 'saveFileAbort'; id: number }
  | { type: 'chooseFolder'; id: number; purpose: FolderPurpose };

/** Built in one place so every host-made error reads the same and never echoes content. */
export function internalError(message: string): Result<never> {
  return { ok: false, error: { code: 'INTERNAL', message } };
}
