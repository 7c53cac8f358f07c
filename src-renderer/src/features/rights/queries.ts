import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Language } from '../../../../src-main/contract';
import { api } from '../../api';
import { queryKeys } from '../../queries/keys';

export function useCopyOfNotes(personId: string) {
  return useMutation({
    mutationFn: (language: Language) => api.call('rights.copyOfNotes', { personId, language }),
  });
}

export function useDeletePerson(personId: string) {
  return useMutation({
    mutationFn: (confirmation: string) =>
      api.call('rights.deletePerson', { personId, confirmation }),
  });
}

/**
 * After a deletion nothing about the person may linger in the renderer either: their cached
 * record goes, and every list and search asks again. Called once the screen has left them.
 */
export function useForgetPerson() {
  const queryClient = useQueryClient();
  return (personId: string) => {
    queryClient.removeQueries({ queryKey: queryKeys.person(personId) });
    queryClient.removeQueries({ queryKey: queryKeys.goals(personId) });
    queryClient.removeQueries({ queryKey: queryKeys.notesList(personId) });
    queryClient.removeQueries({ queryKey: queryKeys.notes });
    queryClient.removeQueries({ queryKey: ['search'] });
    void queryClient.invalidateQueries({ queryKey: queryKeys.people });
  };
}
