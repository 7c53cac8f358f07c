import type { ChannelDefinitions } from './channel-definition';

/** For agency IT and the worker's own safety: the managed policy, backup, restore and verify. */
export const adminChannels = {} as const satisfies ChannelDefinitions;
