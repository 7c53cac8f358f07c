/** Messages for the person's rights, the audit screen and the funder report. Plain words, person-first. */
export const rightsEn = {} as const satisfies Record<string, string>;
