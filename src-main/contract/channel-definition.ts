import type { z } from 'zod';

/** The shape of one channel's declaration: what goes in, what comes out, and locked behaviour. */
export interface ChannelDefinition {
  input: z.ZodType;
  output: z.ZodType;
  /** True for the few channels that answer while the vault is locked. */
  whileLocked: boolean;
}

export type ChannelDefinitions = Record<string, ChannelDefinition>;
