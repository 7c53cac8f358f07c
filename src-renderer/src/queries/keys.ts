export const queryKeys = {
  vaultStatus: ['vault.status'],
  settings: ['settings'],
} as const;
