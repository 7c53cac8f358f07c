import { readFile } from 'node:fs/promises';
import { IDLE_LOCK_MINUTES, settingsSchema } from '../../contract';
import type { Settings } from '../../contract';
import { writeFileAtomic } from '../fs/atomic-write';

/**
 * The two settings needed before unlock (the language of the unlock screen, and how soon to lock)
 * live in preferences.json beside the vault. They are not content and hold no secret.
 */
export const PREFERENCES_FILE = 'preferences.json';

export const DEFAULT_SETTINGS: Settings = {
  language: 'en',
  idleLockMinutes: IDLE_LOCK_MINUTES.default,
};

export async function readPreferences(file: string, fallback: Settings): Promise<Settings> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return fallback;
    throw error;
  }
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(text));
    // A damaged file falls back to the defaults, which are the safer values.
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

export async function writePreferences(file: string, settings: Settings): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(settingsSchema.parse(settings), null, 2)}\n`);
}
