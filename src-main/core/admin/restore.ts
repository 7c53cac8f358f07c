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
import { normalizeRecoveryCode } from '../vault/recovery-code';
import { ATTEMPTS_FILE, ENVELOPE_FILE, openSlot } from '../vault/vault.service';
import type { VaultService } from '../vault/vault.service';
import { checkDatabaseCopy, countRecords } from './check-copy';
import type { ChooseFolderPort } from './ports';
import { utcSecondStamp } from './stamp';

export interface RestoreDeps {
  vault: VaultService;
  dataDir: string;
  clock: Clock;
  logger: Logger;
  audit: AuditDeps;
  chooseFolder: ChooseFolderPort;
}

/** Everything that makes up a vault in the data folder; preferences.json stays where it is. */
const VAULT_FILES = [
  ENVELOPE_FILE,
  DATABASE_FILE,
  `${DATABASE_FILE}-wal`,
  `${DATABASE_FILE}-shm`,
  ATTEMPTS_FILE,
];

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
  const dataKey = await openBackupKey(envelope, secret);
  const stamp = utcSecondStamp(deps.clock.now());
  const staging = join(deps.dataDir, `.restore-${stamp}`);
  try {
    await mkdir(deps.dataDir, { recursive: true, mode: 0o700 });
    await mkdir(staging, { mode: 0o700 });
    await copyFile(join(source, DATABASE_FILE), join(staging, DATABASE_FILE));
    await copyFile(join(source, ENVELOPE_FILE), join(staging, ENVELOPE_FILE));
    const check = await checkDatabaseCopy(staging, dataKey, deps.logger);
    if (!check.ok) throw new AppFailure('BACKUP_DAMAGED', 'The backup failed its check');
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    if (error instanceof AppFailure) throw error;
    throw new AppFailure('BACKUP_DAMAGED', 'The backup could not be copied');
  } finally {
    dataKey.fill(0);
  }

  await deps.vault.lock('manual');
  const aside = replacing ? join(deps.dataDir, `${ASIDE_PREFIX}${stamp}`) : null;
  if (aside) await moveFiles(deps.dataDir, aside, true);
  try {
    await moveFiles(staging, deps.dataDir, false);
    await rm(staging, { recursive: true, force: true });
    const via = 'passphrase' in secret ? 'passphrase' : 'recovery_code';
    if ('passphrase' in secret) await deps.vault.unlock(secret.passphrase);
    else await deps.vault.unlockWithRecoveryCode(secret.recoveryCode, secret.newPassphrase);
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
      await moveFiles(aside, deps.dataDir, false);
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

async function openBackupKey(envelope: Envelope, secret: RestoreInput['secret']): Promise<Buffer> {
  if ('passphrase' in secret) {
    const key = await openSlot(envelope.slots.passphrase, secret.passphrase, 'passphrase');
    if (!key) throw new AppFailure('WRONG_PASSPHRASE', 'The passphrase does not open this backup');
    return key;
  }
  const code = normalizeRecoveryCode(secret.recoveryCode);
  const key = code ? await openSlot(envelope.slots.recoveryCode, code, 'recoveryCode') : null;
  if (!key) {
    throw new AppFailure('WRONG_RECOVERY_CODE', 'The recovery code does not open this backup');
  }
  return key;
}

/** Renames each vault file present in `from` into `to` (same disk, so each move is atomic). */
async function moveFiles(from: string, to: string, createTarget: boolean): Promise<void> {
  if (createTarget) await mkdir(to, { mode: 0o700 });
  for (const name of VAULT_FILES) {
    if (await exists(join(from, name))) await rename(join(from, name), join(to, name));
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
