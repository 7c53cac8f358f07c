import type { CoreContext } from '../context';
import type { Handlers } from '../router';
import {
  createRecipient,
  pageRecipients,
  setRecipientArchived,
  updateRecipientFields,
} from './recipients.service';
import { releaseShare } from './release';
import type { ReviewMode } from './review-mode';
import {
  approveReview,
  declineReview,
  editInReview,
  exitReview,
  getReview,
  startReview,
} from './review.service';
import {
  createShare,
  getShare,
  pageShares,
  removeShare,
  saveShare,
  shareConsents,
  shareReleases,
  withdrawShare,
} from './shares.service';

type SharingChannel = Extract<keyof Handlers, `${'recipients' | 'shares' | 'review'}.${string}`>;

/**
 * The clinical-facing space as channels. The router has checked the vault is open and, while
 * review mode is on, has let through only the review's own channels.
 */
export function sharingHandlers(
  ctx: CoreContext,
  review: ReviewMode,
): Pick<Handlers, SharingChannel> {
  const { db, deps } = ctx;
  return {
    'recipients.list': ({ includeArchived }) => pageRecipients(db(), includeArchived ?? false),
    'recipients.create': (fields) => createRecipient(db(), deps, fields),
    'recipients.update': ({ id, fields }) => updateRecipientFields(db(), deps, id, fields),
    'recipients.setArchived': ({ id, archived }) => setRecipientArchived(db(), deps, id, archived),

    'shares.list': (input) => pageShares(db(), deps, input),
    'shares.get': ({ id }) => getShare(db(), deps, id),
    'shares.create': ({ personId, fields }) => createShare(db(), deps, personId, fields),
    'shares.save': ({ id, fields }) => saveShare(db(), deps, id, fields),
    'shares.delete': ({ id }) => removeShare(db(), deps, id),
    'shares.consents': ({ shareId }) => shareConsents(db(), deps, shareId),
    'shares.release': ({ id, format }) => releaseShare(ctx, { shareId: id, format }),
    'shares.releases': ({ shareId }) => shareReleases(db(), shareId),
    'shares.withdraw': ({ id, reason }) => withdrawShare(db(), deps, id, reason),

    'review.start': ({ shareId, language }) => startReview(ctx, review, shareId, language),
    'review.get': ({ language }) => getReview(ctx, review, language),
    'review.edit': ({ fields, language }) => editInReview(ctx, review, fields, language),
    'review.approve': (input) => approveReview(ctx, review, input),
    'review.decline': ({ method, language }) => declineReview(ctx, review, method, language),
    'review.exit': ({ passphrase }) => exitReview(ctx, review, passphrase),
  };
}
