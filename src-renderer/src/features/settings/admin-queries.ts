import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../api';

export const policyQueryKey = ['policy'] as const;

/** The rules in force; the core re-reads the agency's file each time it is asked. */
export function usePolicy() {
  return useQuery({
    queryKey: policyQueryKey,
    queryFn: () => api.call('policy.get', {}),
  });
}

export function useBackup() {
  return useMutation({ mutationFn: () => api.call('backup.create', {}) });
}

export function useVerify() {
  return useMutation({ mutationFn: () => api.call('verify.run', {}) });
}
