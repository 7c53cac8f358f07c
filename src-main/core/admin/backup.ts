import { copyFile, mkdir, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { sql } from 'kysely';
import type { BackupResult } from '../../contract';
import { appendAudit } from '../audit/audit.service';
import type { AuditDeps } from '../audit/audit.service';
import { DATABASE_FILE } from '../db/open';
import { AppFailure } from '../failure';
import type { Clock, Logger } from '../ports';
import { ENVELOPE_FILE } from '../vault/vault.service';
import type { VaultService } from '../vault/vault.service';
import { requireSoundCopy } from './check-copy';
import type { CheckCopy } from './check-copy';
import type { ChooseFolderPort } from './ports';
import { localMinuteStamp } from './stamp';

export interface BackupDeps {
  vault: VaultService;
  dataDir: string;
  clock: Clock;
  logger: Logger;
  audit: AuditDeps;
  chooseFolder: ChooseFolderPort;
  /** The check run on the copy once written; tests hand in one that damages the copy first. */
  check?: CheckCopy;
}

/**
 * Writes `<chosen folder>/Alongside backup <date time>/` holding a consistent copy of the open
 * database (still encrypted with the same data key) and the key envelope, then opens the copy and
 * checks it. A copy that fails its check is removed, so a folder that exists is a good backup.
 */
export async function createBackup(deps: BackupDeps): Promise<BackupResult> {
  const parent = await deps.chooseFolder('backup');
  if (parent === null) return { done: false };
  const folder = await newFolder(parent, `Alongside backup ${localMinuteStamp(deps.clock.now())}`);
  try {
    // VACUUM INTO writes a transaction-consistent copy through SQLCipher with the key of the
    // open database, so the copy is encrypted exactly as the original. Holding the connection
    // waits for any save in progress, and saves that follow wait for the copy.
    await deps.vault
      .database()
      .connection()
      .execute((connection) => sql`VACUUM INTO ${join(folder, DATABASE_FILE)}`.execute(connection));
    await copyFile(join(deps.dataDir, ENVELOPE_FILE), join(folder, ENVELOPE_FILE));
    const result = await deps.vault.withDataKey((key) =>
      requireSoundCopy(folder, key, deps.logger, deps.check),
    );
    await deps.vault.transaction((trx) =>
      appendAudit(trx, deps.audit, {
        action: 'backup.created',
        detail: { people: result.people, notes: result.notes },
      }),
    );
    return {
      done: true,
      folderName: basename(folder),
      people: result.people,
      notes: result.notes,
      verified: true,
    };
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    if (error instanceof AppFailure && error.code !== 'BACKUP_DAMAGED') throw error;
    deps.logger.error('backup failed', { code: codeOf(error) });
    throw new AppFailure('BACKUP_DAMAGED', 'The backup could not be written or checked');
  }
}

/** A second backup in the same minute gets " (2)", never a mix of two backups in one folder. */
async function newFolder(parent: string, name: string): Promise<string> {
  for (let n = 1; n < 100; n += 1) {
    const folder = join(parent, n === 1 ? name : `${name} (${n})`);
    if (await exists(folder)) continue;
    await mkdir(folder, { mode: 0o700 });
    return folder;
  }
  throw new AppFailure('BACKUP_DAMAGED', 'Too many backups with the same name');
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

function codeOf(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) return String(error.code);
  return error instanceof Error ? error.name : 'unknown';
}
