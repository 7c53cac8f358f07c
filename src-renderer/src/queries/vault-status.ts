import { useQuery } from '@tanstack/react-query';
import { api } from '../api';
import { queryKeys } from './keys';

export function useVaultStatus() {
  return useQuery({
    queryKey: queryKeys.vaultStatus,
    queryFn: () => api.call('vault.status', {}),
  });
}
