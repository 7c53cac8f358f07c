import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Language, Settings } from '../../../src-main/contract';
import { api } from '../api';
import { queryKeys } from './keys';

export function useSettings() {
  return useQuery({
    queryKey: queryKeys.settings,
    queryFn: () => api.call('settings.get', {}),
  });
}

export function useSetLanguage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (language: Language) => api.call('settings.setLanguage', { language }),
    onSuccess: (settings: Settings) => queryClient.setQueryData(queryKeys.settings, settings),
  });
}

export function useSetIdleLock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (minutes: number) => api.call('settings.setIdleLock', { minutes }),
    onSuccess: (settings: Settings) => queryClient.setQueryData(queryKeys.settings, settings),
  });
}
