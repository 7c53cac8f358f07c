import {
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type { Person, PersonFields } from '../../../../src-main/contract';
import { api } from '../../api';
import { queryKeys } from '../../queries/keys';

export const PEOPLE_PAGE_SIZE = 50;

export function usePeopleList(filter: string, includeArchived: boolean) {
  return useInfiniteQuery({
    queryKey: queryKeys.peopleList(filter, includeArchived),
    queryFn: ({ pageParam }) =>
      api.call('people.list', {
        filter: filter || undefined,
        includeArchived,
        cursor: pageParam,
        limit: PEOPLE_PAGE_SIZE,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // While a new filter loads, the previous results stay instead of a flash of nothing.
    placeholderData: (previous) => previous,
  });
}

export function usePerson(id: string) {
  return useQuery({
    queryKey: queryKeys.person(id),
    queryFn: () => api.call('people.get', { id }),
  });
}

/** A change to a person shows on their page at once, and every list asks again. */
export function personChanged(queryClient: QueryClient, person: Person): void {
  queryClient.setQueryData(queryKeys.person(person.id), person);
  void queryClient.invalidateQueries({ queryKey: [...queryKeys.people, 'list'] });
}

export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (fields: PersonFields) => api.call('people.create', fields),
    onSuccess: (person) => personChanged(queryClient, person),
  });
}

export function useUpdatePerson(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (fields: PersonFields) => api.call('people.update', { id, fields }),
    onSuccess: (person) => personChanged(queryClient, person),
  });
}

export function useSetArchived(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (archived: boolean) => api.call('people.setArchived', { id, archived }),
    onSuccess: (person) => personChanged(queryClient, person),
  });
}
