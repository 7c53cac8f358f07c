import type { rightsEn } from './rights.en';

export const rightsFrCA: Record<keyof typeof rightsEn, string> = {};
