/** Messages for agency policy, backup, restore and verify. Plain words, person-first. */
export const adminEn = {} as const satisfies Record<string, string>;
