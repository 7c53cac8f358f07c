import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '../../api';
import { queryKeys } from '../../queries/keys';
import { useCountdown } from './useCountdown';

/**
 * The shared part of unlocking by passphrase or by recovery code: after a failure the core may
 * start a wait (the fifth wrong try, or any try during a wait), so the screen learns it either
 * from the error or from a fresh status, and counts down until the next try is accepted.
 */
export function useUnlockAttempt<T>(
  attempt: (input: T) => Promise<unknown>,
  initialWaitMs: number,
) {
  const queryClient = useQueryClient();
  const wait = useCountdown(initialWaitMs);

  const mutation = useMutation({
    mutationFn: attempt,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.vaultStatus }),
    onError: async (error) => {
      const retryAfterMs = error instanceof ApiError ? (error.retryAfterMs ?? 0) : 0;
      if (retryAfterMs > 0) {
        wait.start(retryAfterMs);
        return;
      }
      const status = await api.invoke('vault.status', {});
      if (status.ok && status.value.retryAfterMs > 0) wait.start(status.value.retryAfterMs);
    },
  });

  return { mutation, waitMs: wait.remainingMs };
}
