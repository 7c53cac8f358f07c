import { sharingChannels } from '../../contract/sharing-channels';
import type { CoreContext } from '../context';
import { AppFailure } from '../failure';
import type { Handlers } from '../router';

type SharingChannel = Extract<keyof Handlers, `${'recipients' | 'shares' | 'review'}.${string}`>;

// SKELETON: replaced by the sharing services before this branch reaches main.
export function sharingHandlers(ctx: CoreContext): Pick<Handlers, SharingChannel> {
  void ctx;
  const pending = () => Promise.reject(new AppFailure('INTERNAL', 'not built yet'));
  return Object.fromEntries(
    Object.keys(sharingChannels).map((name) => [name, pending]),
  ) as unknown as Pick<Handlers, SharingChannel>;
}
