import type { ChannelDefinitions } from './channel-definition';

/**
 * The person's rights (a copy of their own notes, deletion on request), the audit screen and the
 * funder report.
 */
export const rightsChannels = {} as const satisfies ChannelDefinitions;
