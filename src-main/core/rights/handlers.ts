import type { CoreContext } from '../context';
import type { Handlers } from '../router';

type RightsChannel = Extract<keyof Handlers, `${'rights' | 'audit' | 'reports'}.${string}`>;

export function rightsHandlers(ctx: CoreContext): Pick<Handlers, RightsChannel> {
  void ctx;
  return {};
}
