import { basename, join } from 'node:path';
import { app, dialog } from 'electron';
import type { BrowserWindow, SaveDialogOptions } from 'electron';
import type { ChosenFile } from '../core/host/client';
import type { SaveDialogRequest } from '../core/host/messages';
import { SAVE_FILTERS, writeReleasedFile } from './released-file';

/**
 * The save dialog behind the core's save-file port. The worker picks the folder and the name;
 * the core gets back the name only, and sends the bytes after checking its consent again. The
 * path stays in this closure; a write that fails rejects, and the host answers "not saved".
 */
export async function chooseSaveFile(
  window: BrowserWindow | null,
  request: SaveDialogRequest,
): Promise<ChosenFile | null> {
  // A release starts from the window; with no window there is nobody to ask, so nothing is saved.
  if (!window || window.isDestroyed()) return null;
  const options: SaveDialogOptions = {
    defaultPath: defaultPath(basename(request.suggestedName)),
    filters: [SAVE_FILTERS[request.kind]],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const choice = await dialog.showSaveDialog(window, options);
  if (choice.canceled || !choice.filePath) return null;
  const filePath = choice.filePath;
  return {
    fileName: basename(filePath),
    write: (bytes) => writeReleasedFile(filePath, bytes),
    // Nothing was created when the dialog closed, so there is nothing to remove.
    discard: () => {},
  };
}

/** The Documents folder rather than wherever the app was started from, which may be its own. */
function defaultPath(name: string): string {
  try {
    return join(app.getPath('documents'), name);
  } catch {
    return name;
  }
}
