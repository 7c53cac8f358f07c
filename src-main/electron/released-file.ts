import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { SaveFileRequest } from '../core/ports';

/**
 * Writing a released file where the worker chose, kept free of Electron so it is tested in Node;
 * dialogs.ts asks where, this writes.
 */

/** Names the save dialog shows; the same in every language, as file kinds are. */
export const SAVE_FILTERS: Record<SaveFileRequest['kind'], { name: string; extensions: string[] }> =
  {
    pdf: { name: 'PDF', extensions: ['pdf'] },
    json: { name: 'JSON (FHIR R4)', extensions: ['json'] },
    csv: { name: 'CSV', extensions: ['csv'] },
  };

/**
 * Whole or not at all, readable by its owner only: the bytes go to a temp file beside the target,
 * are flushed to disk, then renamed over it. A failure at any step removes the temp file, so a
 * full disk or a pulled USB stick never leaves half a share behind.
 */
export async function writeReleasedFile(file: string, bytes: Uint8Array): Promise<void> {
  const dir = dirname(file);
  // Shortened so a long chosen name cannot push the temp name past the file system's limit.
  const temp = join(dir, `.${basename(file).slice(0, 60)}.${randomBytes(6).toString('hex')}.part`);
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncFolder(dir);
}

async function syncFolder(dir: string): Promise<void> {
  // Windows cannot open a folder for fsync; there the rename is already durable enough.
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
