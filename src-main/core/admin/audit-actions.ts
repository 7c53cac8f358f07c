/** The audit actions of this area, each with the only detail it may carry: never content. */
export const adminAuditDetails = {} as const;
