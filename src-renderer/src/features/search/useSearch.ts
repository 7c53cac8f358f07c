import { useQuery } from '@tanstack/react-query';
import type { SearchHit, SearchKind } from '../../../../src-main/contract';
import { api } from '../../api';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import type { MessageKey } from '../../i18n/en';
import { queryKeys } from '../../queries/keys';

export const SEARCH_DEBOUNCE_MS = 120;

export function useSearch(text: string, personId: string | null) {
  const query = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  const search = useQuery({
    queryKey: queryKeys.search(query, personId),
    queryFn: () => api.call('search.query', personId ? { text: query, personId } : { text: query }),
    enabled: query.length > 0,
    placeholderData: (previous) => previous,
    // Results are about content that changes as people type; never reuse old ones for long.
    gcTime: 30_000,
  });
  return { ...search, query };
}

export const kindLabels: Record<SearchKind, MessageKey> = {
  person: 'search.kind.person',
  goal: 'search.kind.goal',
  note: 'search.kind.note',
  reflection: 'search.kind.reflection',
};

/** Where a result leads, as router arguments. */
export function hitTarget(hit: SearchHit) {
  const personId = hit.personId ?? '';
  switch (hit.kind) {
    case 'person':
      return { to: '/people/$personId', params: { personId: hit.id } } as const;
    case 'goal':
      return { to: '/people/$personId/goals', params: { personId } } as const;
    case 'note':
      return {
        to: '/people/$personId/notes/$noteId',
        params: { personId, noteId: hit.id },
      } as const;
    case 'reflection':
      return { to: '/reflections/$reflectionId', params: { reflectionId: hit.id } } as const;
  }
}
