export const queryKeys = {
  vaultStatus: ['vault.status'],
  settings: ['settings'],
  /** Everything about people; invalidating it refreshes every list and page of people. */
  people: ['people'],
  peopleList: (filter: string, includeArchived: boolean) =>
    ['people', 'list', { filter, includeArchived }] as const,
  person: (id: string) => ['people', 'detail', id] as const,
  goals: (personId: string) => ['goals', personId] as const,
  notes: ['notes'],
  notesList: (personId: string) => ['notes', 'list', personId] as const,
  note: (id: string) => ['notes', 'detail', id] as const,
  noteVersions: (id: string) => ['notes', 'versions', id] as const,
  noteVersion: (id: string, version: number) => ['notes', 'version', id, version] as const,
  reflections: ['reflections'],
  reflectionsList: ['reflections', 'list'],
  reflection: (id: string) => ['reflections', 'detail', id] as const,
  search: (text: string, personId: string | null) => ['search', personId, text] as const,
  languageCheck: (language: string, text: string) => ['language.check', language, text] as const,
  /** Suggestions set aside for one note; kept in the cache so a lock forgets them too. */
  dismissedTerms: (recordId: string) => ['language.dismissed', recordId] as const,
} as const;
