import { z } from 'zod';
import { idSchema, LIST_LIMIT } from './record';
import { languageSchema } from './settings';
import {
  approveInputSchema,
  consentMethodSchema,
  consentSchema,
  recipientFieldsSchema,
  recipientSchema,
  releaseFormatSchema,
  releaseOutcomeSchema,
  releaseSchema,
  reviewSchema,
  shareFieldsSchema,
  shareListSchema,
  shareSchema,
  withdrawOutcomeSchema,
} from './sharing';
import type { ChannelDefinitions } from './channel-definition';

const byId = z.object({ id: idSchema }).strict();
const empty = z.object({}).strict();

/**
 * Recipients, shares, the side-by-side review and release. While review mode is on, the core
 * answers only the `review.*` channels (and locking): every other channel is refused with
 * IN_REVIEW, so nothing about another person can reach the screen the person is reading.
 */
export const sharingChannels = {
  'recipients.list': {
    input: z.object({ includeArchived: z.boolean().optional() }).strict(),
    output: z.array(recipientSchema),
    whileLocked: false,
  },
  'recipients.create': {
    input: recipientFieldsSchema,
    output: recipientSchema,
    whileLocked: false,
  },
  'recipients.update': {
    input: z.object({ id: idSchema, fields: recipientFieldsSchema }).strict(),
    output: recipientSchema,
    whileLocked: false,
  },
  'recipients.setArchived': {
    input: z.object({ id: idSchema, archived: z.boolean() }).strict(),
    output: recipientSchema,
    whileLocked: false,
  },

  'shares.list': {
    input: z
      .object({
        personId: idSchema,
        cursor: z.string().max(200).nullable().optional(),
        limit: z.number().int().min(1).max(LIST_LIMIT.max).optional(),
      })
      .strict(),
    output: shareListSchema,
    whileLocked: false,
  },
  'shares.get': { input: byId, output: shareSchema, whileLocked: false },
  'shares.create': {
    input: z.object({ personId: idSchema, fields: shareFieldsSchema }).strict(),
    output: shareSchema,
    whileLocked: false,
  },
  /** Saving changed content of an approved or declined share returns it to draft. */
  'shares.save': {
    input: z.object({ id: idSchema, fields: shareFieldsSchema }).strict(),
    output: shareSchema,
    whileLocked: false,
  },
  /** Only a share that never left (draft, declined) can be deleted. */
  'shares.delete': { input: byId, output: empty, whileLocked: false },
  'shares.consents': {
    input: z.object({ shareId: idSchema }).strict(),
    output: z.array(consentSchema),
    whileLocked: false,
  },
  /** The one way out for a share: checks the consent at this moment, then asks where to save. */
  'shares.release': {
    input: z.object({ id: idSchema, format: releaseFormatSchema }).strict(),
    output: releaseOutcomeSchema,
    whileLocked: false,
  },
  'shares.releases': {
    input: z.object({ shareId: idSchema }).strict(),
    output: z.array(releaseSchema),
    whileLocked: false,
  },
  'shares.withdraw': {
    input: z.object({ id: idSchema, reason: z.string().max(1_000) }).strict(),
    output: withdrawOutcomeSchema,
    whileLocked: false,
  },

  /** Turns review mode on for this share (status in_review) and answers what it shows. */
  'review.start': {
    input: z.object({ shareId: idSchema, language: languageSchema }).strict(),
    output: reviewSchema,
    whileLocked: false,
  },
  'review.get': {
    input: z.object({ language: languageSchema }).strict(),
    output: reviewSchema,
    whileLocked: false,
  },
  /** The person asked for a change: the worker edits there and then; the share stays in review. */
  'review.edit': {
    input: z
      .object({ fields: shareFieldsSchema.omit({ recipientId: true }), language: languageSchema })
      .strict(),
    output: reviewSchema,
    whileLocked: false,
  },
  'review.approve': { input: approveInputSchema, output: consentSchema, whileLocked: false },
  'review.decline': {
    input: z.object({ method: consentMethodSchema, language: languageSchema }).strict(),
    output: consentSchema,
    whileLocked: false,
  },
  /** Leaving review mode needs the worker's passphrase (rate-limited like unlocking). */
  'review.exit': {
    input: z.object({ passphrase: z.string().min(1).max(1_024) }).strict(),
    output: empty,
    whileLocked: false,
  },
} as const satisfies ChannelDefinitions;
