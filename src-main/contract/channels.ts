import { z } from 'zod';
import {
  lockReasonSchema,
  recoveryCodeOutputSchema,
  strengthSchema,
  vaultInputs,
  vaultStateSchema,
  vaultStatusSchema,
} from './vault';
import { idleLockMinutesSchema, languageSchema, settingsSchema } from './settings';
import {
  goalFieldsSchema,
  goalSchema,
  goalStatusSchema,
  languageFlagSchema,
  noteFieldsSchema,
  noteSavedSchema,
  noteSchema,
  noteSummarySchema,
  noteVersionSchema,
  noteVersionSummarySchema,
  pageOf,
  personFieldsSchema,
  personSchema,
  personSummarySchema,
  recordInputs,
  reflectionFieldsSchema,
  reflectionSchema,
  reflectionSummarySchema,
  searchHitSchema,
  searchInputSchema,
} from './record';
import type { ChannelDefinitions } from './channel-definition';
import { sharingChannels } from './sharing-channels';
import { rightsChannels } from './rights-channels';
import { adminChannels } from './admin-channels';

const byId = z.object({ id: recordInputs.id }).strict();
const page = { cursor: recordInputs.cursor, limit: recordInputs.limit };

const empty = z.object({}).strict();

/** The vault, the session, the settings and the person's own space. */
const coreChannels = {
  'vault.status': { input: empty, output: vaultStatusSchema, whileLocked: true },
  'vault.strength': {
    input: z.object({ passphrase: vaultInputs.passphrase }).strict(),
    output: strengthSchema,
    whileLocked: true,
  },
  'vault.create': {
    input: vaultInputs.create,
    output: recoveryCodeOutputSchema,
    whileLocked: true,
  },
  'vault.unlock': { input: vaultInputs.unlock, output: empty, whileLocked: true },
  'vault.unlockWithRecoveryCode': {
    input: vaultInputs.unlockWithRecoveryCode,
    output: empty,
    whileLocked: true,
  },
  'vault.lock': { input: empty, output: empty, whileLocked: true },
  'vault.changePassphrase': {
    input: vaultInputs.changePassphrase,
    output: empty,
    whileLocked: false,
  },
  'vault.confirmRecoveryCode': { input: empty, output: empty, whileLocked: false },
  'vault.renewRecoveryCode': {
    input: vaultInputs.renewRecoveryCode,
    output: recoveryCodeOutputSchema,
    whileLocked: false,
  },
  'session.activity': { input: empty, output: empty, whileLocked: true },
  'settings.get': { input: empty, output: settingsSchema, whileLocked: true },
  'settings.setLanguage': {
    input: z.object({ language: languageSchema }).strict(),
    output: settingsSchema,
    whileLocked: true,
  },
  'settings.setIdleLock': {
    input: z.object({ minutes: idleLockMinutesSchema }).strict(),
    output: settingsSchema,
    whileLocked: false,
  },

  'people.list': {
    input: z
      .object({
        filter: z.string().max(120).optional(),
        includeArchived: z.boolean().optional(),
        ...page,
      })
      .strict(),
    output: pageOf(personSummarySchema),
    whileLocked: false,
  },
  'people.get': { input: byId, output: personSchema, whileLocked: false },
  'people.create': { input: personFieldsSchema, output: personSchema, whileLocked: false },
  'people.update': {
    input: z.object({ id: recordInputs.id, fields: personFieldsSchema }).strict(),
    output: personSchema,
    whileLocked: false,
  },
  'people.setArchived': {
    input: z.object({ id: recordInputs.id, archived: z.boolean() }).strict(),
    output: personSchema,
    whileLocked: false,
  },
  'goals.list': {
    input: z.object({ personId: recordInputs.id }).strict(),
    output: z.array(goalSchema),
    whileLocked: false,
  },
  'goals.create': {
    input: z.object({ personId: recordInputs.id, fields: goalFieldsSchema }).strict(),
    output: goalSchema,
    whileLocked: false,
  },
  'goals.update': {
    input: z.object({ id: recordInputs.id, fields: goalFieldsSchema }).strict(),
    output: goalSchema,
    whileLocked: false,
  },
  'goals.setStatus': {
    input: z.object({ id: recordInputs.id, status: goalStatusSchema }).strict(),
    output: goalSchema,
    whileLocked: false,
  },
  'goals.addStep': {
    input: z
      .object({ goalId: recordInputs.id, text: z.string().trim().min(1).max(1_000) })
      .strict(),
    output: goalSchema,
    whileLocked: false,
  },
  'goals.setStepDone': {
    input: z.object({ stepId: recordInputs.id, done: z.boolean() }).strict(),
    output: goalSchema,
    whileLocked: false,
  },
  'goals.removeStep': {
    input: z.object({ stepId: recordInputs.id }).strict(),
    output: goalSchema,
    whileLocked: false,
  },
  'notes.list': {
    input: z.object({ personId: recordInputs.id, ...page }).strict(),
    output: pageOf(noteSummarySchema),
    whileLocked: false,
  },
  'notes.get': { input: byId, output: noteSchema, whileLocked: false },
  'notes.create': {
    input: z.object({ personId: recordInputs.id, fields: noteFieldsSchema }).strict(),
    output: noteSchema,
    whileLocked: false,
  },
  /** Autosave, about a second after typing stops; a save that changes content adds a version. */
  'notes.save': {
    input: z.object({ id: recordInputs.id, fields: noteFieldsSchema }).strict(),
    output: noteSavedSchema,
    whileLocked: false,
  },
  'notes.versions': {
    input: z.object({ noteId: recordInputs.id }).strict(),
    output: z.array(noteVersionSummarySchema),
    whileLocked: false,
  },
  'notes.version': {
    input: z.object({ noteId: recordInputs.id, version: z.number().int().min(1) }).strict(),
    output: noteVersionSchema,
    whileLocked: false,
  },
  'notes.restore': {
    input: z.object({ noteId: recordInputs.id, version: z.number().int().min(1) }).strict(),
    output: noteSchema,
    whileLocked: false,
  },
  'reflections.list': {
    input: z.object({ ...page }).strict(),
    output: pageOf(reflectionSummarySchema),
    whileLocked: false,
  },
  'reflections.get': { input: byId, output: reflectionSchema, whileLocked: false },
  'reflections.create': {
    input: reflectionFieldsSchema,
    output: reflectionSchema,
    whileLocked: false,
  },
  'reflections.save': {
    input: z.object({ id: recordInputs.id, fields: reflectionFieldsSchema }).strict(),
    output: reflectionSchema,
    whileLocked: false,
  },
  'reflections.delete': { input: byId, output: empty, whileLocked: false },
  'search.query': {
    input: searchInputSchema,
    output: z.array(searchHitSchema),
    whileLocked: false,
  },
  'language.check': {
    input: z.object({ text: recordInputs.longText, language: languageSchema }).strict(),
    output: z.array(languageFlagSchema),
    whileLocked: false,
  },
} as const satisfies ChannelDefinitions;

/**
 * One declaration per channel: what goes in, what comes out, and whether it answers while the
 * vault is locked. Each area declares its channels in its own file; this is the whole door.
 */
export const channels = {
  ...coreChannels,
  ...sharingChannels,
  ...rightsChannels,
  ...adminChannels,
} as const satisfies ChannelDefinitions;

export type Channels = typeof channels;
export type Channel = keyof Channels;
export type ChannelInput<C extends Channel> = z.input<Channels[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Channels[C]['output']>;

export const CHANNEL_NAMES = Object.keys(channels) as Channel[];

/** Pushed from the core to the renderer; never carries content. */
export const events = {
  'vault.stateChanged': z.object({
    state: vaultStateSchema,
    reason: lockReasonSchema.optional(),
  }),
} as const satisfies Record<string, z.ZodType>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];
