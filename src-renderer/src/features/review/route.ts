import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect } from 'react';
import { api } from '../../api';
import { useSettings } from '../../queries/settings';
import { sharingKeys } from '../shares/keys';

export const REVIEW_PATH = '/review';

/** Review mode is drawn outside the app's frame: no navigation, no search, no caseload. */
export function useIsReviewRoute(): boolean {
  return useRouterState({ select: (state) => state.location.pathname === REVIEW_PATH });
}

/**
 * A lock ends review mode in the core, so after unlocking there is nothing to resume. A reload of
 * the window during a review is different: the vault stays open and the core still answers only
 * the review, so the screen goes straight back to it instead of to a caseload it cannot show.
 */
export function useResumeReview(enabled: boolean): void {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const language = useSettings().data?.language ?? 'en';
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    void api.invoke('review.get', { language }).then((result) => {
      if (!live || !result.ok) return;
      queryClient.setQueryData(sharingKeys.review, result.value);
      void navigate({ to: REVIEW_PATH });
    });
    return () => {
      live = false;
    };
    // Once per mount of the shell: after an unlock or a reload of the window.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
