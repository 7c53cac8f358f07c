/** Messages for the clinical-facing space: recipients, shares, the side-by-side review, releases. Plain words, person-first. */
export const sharingEn = {} as const satisfies Record<string, string>;
