import { chmod, mkdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Where the vault lives: `<userData>/vault`, holding vault.json (the key envelope),
 * alongside.db (the SQLCipher database, with its -wal and -shm files) and preferences.json.
 * userData is Electron's per-user app-data folder:
 *   Windows  %APPDATA%\Alongside\vault
 *   macOS    ~/Library/Application Support/Alongside/vault
 *   Linux    $XDG_CONFIG_HOME/Alongside/vault (usually ~/.config/Alongside/vault)
 * Agency IT backs up or removes this one folder. Kept free of Electron so it is tested in Node;
 * index.ts passes in `app.getPath('userData')`.
 */
export const VAULT_FOLDER = 'vault';

/** Creates the folder readable by its owner only; an existing folder is tightened too. */
export async function ensureVaultDir(userDataDir: string): Promise<string> {
  const dir = join(userDataDir, VAULT_FOLDER);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  // mkdir's mode applies only on creation and is filtered by the umask; Windows ignores both,
  // where the per-user profile folder already limits access.
  if (process.platform !== 'win32') await chmod(dir, 0o700);
  return dir;
}

/**
 * Where agency IT puts the managed policy file: a system-wide location that a worker's account
 * cannot write to. A pure function of the platform so it is tested on any OS; docs/IT.md lists
 * the same three places.
 *   Windows  C:\ProgramData\Alongside\policy.json
 *   macOS    /Library/Application Support/Alongside/policy.json
 *   Linux    /etc/alongside/policy.json
 * The Windows path is fixed rather than taken from %ProgramData%: any user can set that variable
 * for their own account (setx, a shortcut), which would point the app at a file they wrote and
 * let them loosen the agency's rules.
 */
export function policyFilePath(platform: NodeJS.Platform): string {
  if (platform === 'win32') return 'C:\\ProgramData\\Alongside\\policy.json';
  if (platform === 'darwin') return '/Library/Application Support/Alongside/policy.json';
  return '/etc/alongside/policy.json';
}
