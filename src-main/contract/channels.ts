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

const empty = z.object({}).strict();

/**
 * One declaration per channel: what goes in, what comes out, and whether it answers while the
 * vault is locked. The router validates both sides; the preload and the renderer's client are
 * typed from this object, so nothing repeats it.
 */
export const channels = {
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
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType; whileLocked: boolean }>;

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
