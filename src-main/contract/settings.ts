import { z } from 'zod';

export const LANGUAGES = ['en', 'fr-CA'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

export const IDLE_LOCK_MINUTES = { min: 1, max: 60, default: 5 } as const;
export const idleLockMinutesSchema = z
  .number()
  .int()
  .min(IDLE_LOCK_MINUTES.min)
  .max(IDLE_LOCK_MINUTES.max);

export const settingsSchema = z.object({
  language: languageSchema,
  idleLockMinutes: idleLockMinutesSchema,
});
export type Settings = z.infer<typeof settingsSchema>;
