import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RecipientFields } from '../../../../src-main/contract';
import { api } from '../../api';
import { sharingKeys } from '../shares/keys';

export function useRecipients(includeArchived = false) {
  return useQuery({
    queryKey: sharingKeys.recipients(includeArchived),
    queryFn: () => api.call('recipients.list', { includeArchived }),
  });
}

/** Creates a recipient, or updates one when given its id. */
export function useSaveRecipient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, fields }: { id: string | null; fields: RecipientFields }) =>
      id === null
        ? api.call('recipients.create', fields)
        : api.call('recipients.update', { id, fields }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sharingKeys.recipientsAll }),
  });
}

export function useArchiveRecipient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; archived: boolean }) =>
      api.call('recipients.setArchived', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sharingKeys.recipientsAll }),
  });
}
