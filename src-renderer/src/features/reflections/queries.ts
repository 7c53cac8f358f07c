import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Reflection } from '../../../../src-main/contract';
import { api } from '../../api';
import { queryKeys } from '../../queries/keys';

export function useReflectionsList() {
  return useInfiniteQuery({
    queryKey: queryKeys.reflectionsList,
    queryFn: ({ pageParam }) => api.call('reflections.list', { cursor: pageParam, limit: 30 }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useReflection(id: string) {
  return useQuery({
    queryKey: queryKeys.reflection(id),
    queryFn: () => api.call('reflections.get', { id }),
  });
}

export function useCreateReflection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.call('reflections.create', { title: '', body: '' }),
    onSuccess: (reflection: Reflection) => {
      queryClient.setQueryData(queryKeys.reflection(reflection.id), reflection);
      void queryClient.invalidateQueries({ queryKey: queryKeys.reflectionsList });
    },
  });
}

export function useDeleteReflection(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.call('reflections.delete', { id }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: queryKeys.reflection(id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.reflectionsList });
    },
  });
}
