import { dialog } from 'electron';
import type { BrowserWindow, OpenDialogOptions } from 'electron';
import type { FolderPurpose } from '../core/admin/ports';

const TITLES: Record<FolderPurpose, { title: string; buttonLabel: string }> = {
  backup: { title: 'Choose where to keep the backup', buttonLabel: 'Back up here' },
  restore: { title: 'Choose the backup folder to restore', buttonLabel: 'Restore this backup' },
};

/**
 * The folder dialog behind the core's `chooseFolder` port. The path goes to the core worker
 * only; the window is told at most the name of the folder the backup was written to.
 */
export async function chooseFolder(
  window: BrowserWindow | null,
  purpose: FolderPurpose,
): Promise<string | null> {
  const options: OpenDialogOptions = {
    ...TITLES[purpose],
    properties: purpose === 'backup' ? ['openDirectory', 'createDirectory'] : ['openDirectory'],
  };
  const result = window
    ? await dialog.showOpenDialog(window, options)
    : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
