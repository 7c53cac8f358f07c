import type { CoreContext } from '../context';
import type { Handlers } from '../router';

type AdminChannel = Extract<
  keyof Handlers,
  `${'policy' | 'backup' | 'restore' | 'verify'}.${string}`
>;

export function adminHandlers(ctx: CoreContext): Pick<Handlers, AdminChannel> {
  void ctx;
  return {};
}
