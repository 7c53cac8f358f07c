import type { sharingEn } from './sharing.en';

export const sharingFrCA: Record<keyof typeof sharingEn, string> = {};
