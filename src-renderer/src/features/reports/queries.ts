import { useMutation, useQuery } from '@tanstack/react-query';
import type { FunderRange } from '../../../../src-main/contract/rights';
import { api } from '../../api';

export function useFunderReport(range: FunderRange | null) {
  return useQuery({
    queryKey: ['reports', 'funder', range],
    queryFn: () => api.call('reports.funder', range as FunderRange),
    enabled: range !== null,
    placeholderData: (previous) => previous,
  });
}

export function useExportFunderReport() {
  return useMutation({
    mutationFn: (range: FunderRange) => api.call('reports.exportFunderCsv', range),
  });
}
