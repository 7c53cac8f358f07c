import type { RestoreInput } from '../../contract';

/** Why the core asks for a folder: the dialog's title differs, the answer does not. */
export type FolderPurpose = 'backup' | 'restore';

/**
 * Asks the person to choose a folder (a folder dialog in the app) and answers its path, or null
 * when they cancel. Only the backup and restore of this area are handed it; the path stays in the
 * core and the renderer sees at most the folder's name.
 */
export type ChooseFolderPort = (purpose: FolderPurpose) => Promise<string | null>;

export const noFolderChooser: ChooseFolderPort = () => Promise.resolve(null);

/** Opens the vault with a passphrase, or a recovery code and a new passphrase. */
export type UnlockPort = (secret: RestoreInput['secret']) => Promise<void>;
