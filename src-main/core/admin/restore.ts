import { copyFile, mkdir, rename, rm, rmdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { REPLACE_CONFIRMATION } from '../../contract';
import type { RestoreInput, RestoreResult } from '../../contract';
import { appendAudit } from '../audit/audit.service';
import type { AuditDeps } from '../audit/audit.service';
import { DATABASE_FILE } from '../db/open';
import { AppFailure } from '../failure';
import type { Clock, Logger } from '../ports';
import { readEnvelope } from '../vault/envelope';
import type { Envelope } from '../vault/envelope';
import { ENVELOPE_FILE } from '../vault/vault.service';
import type { VaultService } from '../vault/vault.service';
import { countRecords, requireSoundCopy } from './check-copy';
import type { ChooseFolderPort, UnlockPort } from './ports';
import { utcSecondStamp } from './stamp';

export interface RestoreDeps {
  vault: VaultService;
  dataDir: string;
  clock: Clock;
  logger: Logger;
  audit: AuditDeps;
  chooseFolder: ChooseFolderPort;
  /** Opens the restored vault the way the unlock channels do: policy read again and recorded. */
  unlock: UnlockPort;
  /** Moves one file; tests hand in one that fails part way. */
  rename?: (from: string, to: string) => Promise<void>;
}

/**
 * Everything that makes up a vault in the data folder. preferences.json stays where it is, and so
 * does the failed-attempt counter: it belongs to this computer account, and a restore must not
 * become a way to clear its wait.
 */
const VAULT_FILES = [ENVELOPE_FILE, DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`];

export const ASIDE_PREFIX = 'vault-before-restore-';

/**
 * Restores a backup folder into the data folder. The backup is opened and checked in a staging
 * folder first; a vault already here is moved aside (never deleted) and put back if the restored
 * one does not open. Once it opens, the old one stays aside as a safety copy for IT to remove.
 */
export async function restoreFromBackup(
  deps: RestoreDeps,
  input: RestoreInput,
): Promise<RestoreResult> {
  const replacing = await vaultExists(deps.dataDir);
  if (replacing && input.replaceConfirmation !== REPLACE_CONFIRMATION) {
    throw new AppFailure('CONFIRMATION_MISMATCH', 'Replacing this vault needs the typed phrase');
  }
  const secret = input.secret;
  if ('newPassphrase' in secret && !deps.vault.strength(secret.newPassphrase).acceptable) {
    throw new AppFailure('WEAK_PASSPHRASE', 'The new passphrase is too easy to guess');
  }
  const source = await deps.chooseFolder('restore');
  if (source === null) return { done: false };

  const envelope = await readBackupEnvelope(source);
  const dataKey =
    'passphrase' in secret
      ? await deps.vault.openOtherEnvelope(envelope, 'passphrase', secret.passphrase)
      : await deps.vault.openOtherEnvelope(envelope, 'recovery_code', secret.recoveryCode);
  const stamp = utcSecondStamp(deps.clock.now());
  const staging = join(deps.dataDir, `.restore-${stamp}`);
  try {
    await mkdir(deps.dataDir, { recursive: true, mode: 0o700 });
    await mkdir(staging, { mode: 0o700 });
    await copyFile(join(source, DATABASE_FILE), join(staging, DATABASE_FILE));
    await copyFile(join(source, ENVELOPE_FILE), join(staging, ENVELOPE_FILE));
    await requireSoundCopy(staging, dataKey, deps.logger);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    if (error instanceof AppFailure) throw error;
    throw new AppFailure('BACKUP_DAMAGED', 'The backup could not be copied');
  } finally {
    dataKey.fill(0);
  }

  await deps.vault.lock('manual');
  const move = deps.rename ?? rename;
  const aside = replacing ? join(deps.dataDir, `${ASIDE_PREFIX}${stamp}`) : null;
  if (aside) {
    try {
      await mkdir(aside, { mode: 0o700 });
      await moveFiles(deps.dataDir, aside, move);
    } catch (error) {
      // moveFiles has put back whatever it moved: the vault is whole where it was.
      await rmdir(aside).catch(() => undefined);
      await rm(staging, { recursive: true, force: true });
      deps.logger.error('restore could not move the vault aside; nothing changed', {
        code: codeOf(error),
      });
      throw new AppFailure('INTERNAL', 'The vault could not be moved aside; nothing was changed');
    }
  }
  try {
    await moveFiles(staging, deps.dataDir, move);
    await rm(staging, { recursive: true, force: true });
    const via = 'passphrase' in secret ? 'passphrase' : 'recovery_code';
    await deps.unlock(secret);
    await deps.vault.transaction((trx) =>
      appendAudit(trx, deps.audit, {
        action: 'vault.restored',
        detail: { via, replaced: replacing },
      }),
    );
    const counts = await countRecords(deps.vault.database());
    return { done: true, ...counts, previousKeptAside: aside !== null };
  } catch (error) {
    deps.logger.error('restore did not open; putting the earlier vault back', {
      code: codeOf(error),
    });
    await deps.vault.lock('manual').catch(() => undefined);
    for (const name of VAULT_FILES) await rm(join(deps.dataDir, name), { force: true });
    if (aside) {
      await moveFiles(aside, deps.dataDir, move);
      await rmdir(aside).catch(() => undefined);
    }
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

async function vaultExists(dataDir: string): Promise<boolean> {
  return (await exists(join(dataDir, ENVELOPE_FILE))) || exists(join(dataDir, DATABASE_FILE));
}

async function readBackupEnvelope(folder: string): Promise<Envelope> {
  let envelope: Envelope | null;
  try {
    envelope = await readEnvelope(join(folder, ENVELOPE_FILE));
  } catch {
    throw new AppFailure('BACKUP_DAMAGED', 'The backup envelope cannot be read');
  }
  if (!envelope || !(await exists(join(folder, DATABASE_FILE)))) {
    throw new AppFailure('BACKUP_DAMAGED', 'This folder is not an Alongside backup');
  }
  return envelope;
}

/**
 * Renames each vault file present in `from` into `to` (same disk, so each move is atomic). All or
 * nothing: if one fails, those already moved go back, so a vault is never split between folders.
 */
async function moveFiles(
  from: string,
  to: string,
  move: (from: string, to: string) => Promise<void>,
): Promise<void> {
  const moved: string[] = [];
  try {
    for (const name of VAULT_FILES) {
      if (!(await exists(join(from, name)))) continue;
      await move(join(from, name), join(to, name));
      moved.push(name);
    }
  } catch (error) {
    for (const name of moved.reverse()) await rename(join(to, name), join(from, name));
    throw error;
  }
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
