import { basename, join } from 'node:path';
import { app, dialog } from 'electron';
import type { BrowserWindow, SaveDialogOptions } from 'electron';
import type { SaveFileRequest, SaveFileResult } from '../core/ports';
import { SAVE_FILTERS, writeReleasedFile } from './released-file';

/**
 * The save dialog behind the core's save-file port. The worker picks the folder and the name;
 * the core gets back the name only. A write that fails rejects, and the host answers "not saved".
 */
export async function saveWithDialog(
  window: BrowserWindow | null,
  request: SaveFileRequest,
): Promise<SaveFileResult> {
  // A release starts from the window; with no window there is nobody to ask, so nothing is saved.
  if (!window || window.isDestroyed()) return { saved: false };
  const options: SaveDialogOptions = {
    defaultPath: defaultPath(basename(request.suggestedName)),
    filters: [SAVE_FILTERS[request.kind]],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const choice = await dialog.showSaveDialog(window, options);
  if (choice.canceled || !choice.filePath) return { saved: false };
  await writeReleasedFile(choice.filePath, request.bytes);
  return { saved: true, fileName: basename(choice.filePath) };
}

/** The Documents folder rather than wherever the app was started from, which may be its own. */
function defaultPath(name: string): string {
  try {
    return join(app.getPath('documents'), name);
  } catch {
    return name;
  }
}
