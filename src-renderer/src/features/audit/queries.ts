import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilters {
  action: string;
  from: string;
  to: string;
}

const auditKey = ['audit'] as const;

/** Where the worker's own day (`YYYY-MM-DD` from a date field) starts, `plusDays` later. */
export function startOfLocalDay(day: string, plusDays: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date + plusDays).toISOString();
}

export function useAuditList(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: [...auditKey, 'list', filters],
    queryFn: ({ pageParam }) =>
      api.call('audit.list', {
        action: filters.action || undefined,
        from: filters.from ? startOfLocalDay(filters.from, 0) : undefined,
        to: filters.to ? startOfLocalDay(filters.to, 1) : undefined,
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
