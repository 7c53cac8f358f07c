import { writeFileAtomic } from '../core/fs/atomic-write';
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
 * Whole or not at all, readable by its owner only, as the vault's own files are written: a full
 * disk or a pulled USB stick never leaves half a share behind.
 */
export function writeReleasedFile(file: string, bytes: Uint8Array): Promise<void> {
  return writeFileAtomic(file, bytes);
}
