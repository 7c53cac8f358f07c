import type { adminEn } from './admin.en';

export const adminFrCA: Record<keyof typeof adminEn, string> = {};
