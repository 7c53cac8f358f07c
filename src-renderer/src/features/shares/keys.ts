/** Query keys for the clinical-facing space; everything under one root so a lock forgets it. */
export const sharingKeys = {
  all: ['sharing'],
  recipients: (includeArchived: boolean) => ['sharing', 'recipients', { includeArchived }] as const,
  recipientsAll: ['sharing', 'recipients'],
  sharesList: (personId: string) => ['sharing', 'shares', 'list', personId] as const,
  share: (id: string) => ['sharing', 'shares', 'detail', id] as const,
  review: ['sharing', 'review'],
} as const;
