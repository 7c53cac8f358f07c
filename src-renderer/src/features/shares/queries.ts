import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReleaseFormat, Review, Share } from '../../../../src-main/contract';
import { api } from '../../api';
import { useSettings } from '../../queries/settings';
import { sharingKeys } from './keys';

export function useSharesList(personId: string) {
  return useInfiniteQuery({
    queryKey: sharingKeys.sharesList(personId),
    queryFn: ({ pageParam }) => api.call('shares.list', { personId, cursor: pageParam, limit: 50 }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useShare(id: string) {
  return useQuery({
    queryKey: sharingKeys.share(id),
    queryFn: () => api.call('shares.get', { id }),
  });
}

/** After any change to a share: its page and its person's list show the new state. */
export function useRememberShare() {
  const queryClient = useQueryClient();
  return (share: Share) => {
    queryClient.setQueryData(sharingKeys.share(share.id), share);
    void queryClient.invalidateQueries({ queryKey: sharingKeys.sharesList(share.personId) });
  };
}

export function useRelease(share: Share) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (format: ReleaseFormat) => api.call('shares.release', { id: share.id, format }),
    // A refusal is audited and may have changed the consent (an expiry noticed): ask again.
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: sharingKeys.share(share.id) });
      void queryClient.invalidateQueries({ queryKey: sharingKeys.sharesList(share.personId) });
    },
  });
}

export function useWithdraw(share: Share) {
  const remember = useRememberShare();
  return useMutation({
    mutationFn: (reason: string) => api.call('shares.withdraw', { id: share.id, reason }),
    onSuccess: (outcome) => remember(outcome.share),
  });
}

export function useDeleteShare(share: Share) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.call('shares.delete', { id: share.id }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: sharingKeys.share(share.id) });
      void queryClient.invalidateQueries({ queryKey: sharingKeys.sharesList(share.personId) });
    },
  });
}

/** Turns review mode on; what it answers is all the review screen will show. */
export function useStartReview() {
  const queryClient = useQueryClient();
  const language = useSettings().data?.language ?? 'en';
  return useMutation({
    mutationFn: (shareId: string) => api.call('review.start', { shareId, language }),
    onSuccess: (review: Review) => queryClient.setQueryData(sharingKeys.review, review),
  });
}
