import { join } from 'node:path';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { verifyAudit } from '../audit/audit.service';
import type { AuditVerification } from '../audit/audit.service';
import { checkIntegrity } from '../db/integrity';
import { DATABASE_FILE, openDatabase } from '../db/open';
import type { OpenDatabase } from '../db/open';
import type { Database } from '../db/schema';
import { AppFailure } from '../failure';
import type { Logger } from '../ports';
import { readEnvelope } from '../vault/envelope';
import { ENVELOPE_FILE } from '../vault/vault.service';

export interface CopyCheck {
  /** True only when the copy opened, every page's HMAC held, SQLite found nothing wrong and the
   * audit chain is whole. */
  ok: boolean;
  people: number;
  notes: number;
  audit: AuditVerification | null;
}

const FAILED: CopyCheck = { ok: false, people: 0, notes: 0, audit: null };

/**
 * Opens the database copy in `folder` with the data key and checks it the way `verify.run` checks
 * the live vault. Never throws: a copy that cannot be opened at all is simply not ok.
 */
export async function checkDatabaseCopy(
  folder: string,
  dataKey: Buffer,
  logger: Logger,
): Promise<CopyCheck> {
  let copy: OpenDatabase | null = null;
  try {
    copy = openDatabase(join(folder, DATABASE_FILE), dataKey, logger);
    const integrity = checkIntegrity(copy.raw);
    if (!integrity.cipherOk || !integrity.structureOk) return FAILED;
    const audit = await verifyAudit(copy.db);
    const counts = await countRecords(copy.db);
    return { ok: audit.intact, ...counts, audit };
  } catch (error) {
    logger.warn('backup check could not read the copy', { code: codeOf(error) });
    return FAILED;
  } finally {
    await copy?.close().catch(() => undefined);
  }
}

export type CheckCopy = typeof checkDatabaseCopy;

/**
 * The check a backup folder must pass before it counts, after a backup writes it and before a
 * restore uses it: its envelope reads, and its database passes `check` (checkDatabaseCopy unless
 * a test damages the copy first). Answers the counts; throws BACKUP_DAMAGED otherwise.
 */
export async function requireSoundCopy(
  folder: string,
  dataKey: Buffer,
  logger: Logger,
  check: CheckCopy = checkDatabaseCopy,
): Promise<CopyCheck> {
  // Without a readable envelope the copy could never be opened: checked as closely as the db.
  if (!(await readEnvelope(join(folder, ENVELOPE_FILE)).catch(() => null))) {
    throw new AppFailure('BACKUP_DAMAGED', 'The envelope copy is missing or unreadable');
  }
  const result = await check(folder, dataKey, logger);
  if (!result.ok) throw new AppFailure('BACKUP_DAMAGED', 'The copy failed its check');
  return result;
}

/** People and notes, archived ones included: what a restore must bring back. */
export async function countRecords(
  db: Kysely<Database>,
): Promise<{ people: number; notes: number }> {
  const row = await sql<{ people: number; notes: number }>`
    SELECT (SELECT count(*) FROM people) AS people, (SELECT count(*) FROM notes) AS notes
  `.execute(db);
  const first = row.rows[0];
  return { people: Number(first?.people ?? 0), notes: Number(first?.notes ?? 0) };
}

function codeOf(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) return String(error.code);
  return error instanceof Error ? error.name : 'unknown';
}
