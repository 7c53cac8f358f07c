import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilters {
  action: string;
  from: string;
  to: string;
}

const auditKey = ['audit'] as const;

export function useAuditList(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: [...auditKey, 'list', filters],
    queryFn: ({ pageParam }) =>
      api.call('audit.list', {
        action: filters.action || undefined,
        from: filters.from || undefined,
        to: filters.to || undefined,
        cursor: pageParam,
        limit: AUDIT_PAGE_SIZE,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: (previous) => previous,
  });
}

export function useVerifyAudit() {
  return useMutation({ mutationFn: () => api.call('audit.verify', {}) });
}

/** Saving the CSV is itself an entry in the log: the list asks again afterwards. */
export function useExportAudit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.call('audit.exportCsv', {}),
    onSettled: () => queryClient.invalidateQueries({ queryKey: auditKey }),
  });
}
