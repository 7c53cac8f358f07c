import { randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely, Transaction } from 'kysely';
import type { LockReason, Strength, VaultState, VaultStatus } from '../../contract';
import { appendAudit } from '../audit/audit.service';
import type { AuditDeps } from '../audit/audit.service';
import { migrate } from '../db/migrate';
import { DATABASE_FILE, openDatabase } from '../db/open';
import type { OpenDatabase } from '../db/open';
import type { Database } from '../db/schema';
import { AppFailure } from '../failure';
import type { Clock, Logger } from '../ports';
import { NO_ATTEMPTS, readAttempts, recordFailure, retryAfterMs, writeAttempts } from './attempts';
import type { Attempts, UnlockMethod } from './attempts';
import { readEnvelope, unwrapKey, wrapKey, writeEnvelope } from './envelope';
import type { Envelope, KeySlot, SlotName } from './envelope';
import { deriveKek, kdfParams } from './kdf';
import type { KdfCost } from './kdf';
import { generateRecoveryCode, normalizeRecoveryCode } from './recovery-code';
import { measureStrength } from './strength';

export const ENVELOPE_FILE = 'vault.json';
export const ATTEMPTS_FILE = 'unlock-attempts.json';

export interface VaultDeps {
  dataDir: string;
  clock: Clock;
  logger: Logger;
  newId: () => string;
  /** Read at each new key slot, so the agency's floor applies at once. */
  kdfCost: () => KdfCost;
  /** Read at each check, so the agency's minimum applies at once. */
  minScore: () => number;
  onStateChanged: (state: VaultState, reason?: LockReason) => void;
}

interface Session {
  dataKey: Buffer;
  database: OpenDatabase;
}

/**
 * The vault: turns a passphrase or recovery code into the data key, opens and closes the
 * database, and keeps the envelope and the failed-attempt counter. Every operation runs one at
 * a time, so a lock can never land in the middle of an unlock.
 */
export class VaultService {
  readonly #deps: VaultDeps;
  readonly #audit: AuditDeps;
  #session: Session | null = null;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(deps: VaultDeps) {
    this.#deps = deps;
    this.#audit = { clock: deps.clock, newId: deps.newId };
  }

  get #envelopeFile(): string {
    return join(this.#deps.dataDir, ENVELOPE_FILE);
  }

  get #attemptsFile(): string {
    return join(this.#deps.dataDir, ATTEMPTS_FILE);
  }

  get #databaseFile(): string {
    return join(this.#deps.dataDir, DATABASE_FILE);
  }

  isUnlocked(): boolean {
    return this.#session !== null;
  }

  /** The open database, for the services of the person's record. */
  database(): Kysely<Database> {
    if (!this.#session) throw new AppFailure('LOCKED', 'The vault is locked');
    return this.#session.database.db;
  }

  /** For the integrity check: the addon's own handle. */
  rawDatabase(): OpenDatabase['raw'] {
    if (!this.#session) throw new AppFailure('LOCKED', 'The vault is locked');
    return this.#session.database.raw;
  }

  strength(passphrase: string): Strength {
    return measureStrength(passphrase, this.#deps.minScore());
  }

  status(): Promise<VaultStatus> {
    return this.#serial(async () => {
      const envelope = await readEnvelope(this.#envelopeFile);
      const attempts = envelope ? await readAttempts(this.#attemptsFile) : NO_ATTEMPTS;
      const state: VaultState = !envelope ? 'absent' : this.#session ? 'unlocked' : 'locked';
      return {
        state,
        retryAfterMs: state === 'locked' ? retryAfterMs(attempts, this.#deps.clock.now()) : 0,
        failedAttempts: attempts.failures,
        passphraseMinScore: this.#deps.minScore(),
        recoveryCodeConfirmed: envelope?.recoveryCodeConfirmed ?? false,
      };
    });
  }

  create(passphrase: string): Promise<{ recoveryCode: string }> {
    return this.#serial(async () => {
      if (await readEnvelope(this.#envelopeFile)) {
        throw new AppFailure('VAULT_EXISTS', 'A vault already exists in this data folder');
      }
      if (await exists(this.#databaseFile)) {
        // A database without its envelope cannot be opened; never write over it.
        throw new AppFailure('DATABASE_DAMAGED', 'A database exists without its envelope');
      }
      this.#requireStrong(passphrase);
      await mkdir(this.#deps.dataDir, { recursive: true, mode: 0o700 });

      const dataKey = randomBytes(32);
      const recoveryCode = generateRecoveryCode();
      const [passphraseSlot, recoverySlot] = await Promise.all([
        this.#makeSlot(dataKey, passphrase, 'passphrase'),
        this.#makeSlot(dataKey, normalizeRecoveryCode(recoveryCode) ?? '', 'recoveryCode'),
      ]);
      const now = new Date(this.#deps.clock.now()).toISOString();
      await writeEnvelope(this.#envelopeFile, {
        format: 'alongside-vault',
        version: 1,
        database: { file: 'alongside.db', cipher: 'sqlcipher-4-raw-key' },
        createdAt: now,
        updatedAt: now,
        recoveryCodeConfirmed: false,
        slots: { passphrase: passphraseSlot, recoveryCode: recoverySlot },
      });
      await writeAttempts(this.#attemptsFile, NO_ATTEMPTS);
      await this.#openSession(dataKey, NO_ATTEMPTS, async (trx) => {
        await appendAudit(trx, this.#audit, { action: 'vault.created', detail: {} });
      });
      return { recoveryCode };
    });
  }

  unlock(passphrase: string): Promise<void> {
    return this.#serial(async () => {
      if (this.#session) return;
      const envelope = await this.#requireEnvelope();
      const attempts = await this.#checkNotWaiting();
      const dataKey = await openSlot(envelope.slots.passphrase, passphrase, 'passphrase');
      if (!dataKey) {
        const retry = await this.#recordFailure(attempts, 'passphrase');
        throw new AppFailure('WRONG_PASSPHRASE', 'The passphrase does not open this vault', retry);
      }
      await this.#openSession(dataKey, attempts, async (trx) => {
        await appendAudit(trx, this.#audit, {
          action: 'vault.unlocked',
          detail: { method: 'passphrase' },
        });
      });
    });
  }

  unlockWithRecoveryCode(typedCode: string, newPassphrase: string): Promise<void> {
    return this.#serial(async () => {
      const envelope = await this.#requireEnvelope();
      const attempts = await this.#checkNotWaiting();
      this.#requireStrong(newPassphrase);
      const code = normalizeRecoveryCode(typedCode);
      const dataKey = code
        ? await openSlot(envelope.slots.recoveryCode, code, 'recoveryCode')
        : null;
      if (!dataKey) {
        const retry = await this.#recordFailure(attempts, 'recovery_code');
        throw new AppFailure(
          'WRONG_RECOVERY_CODE',
          'The recovery code does not open this vault',
          retry,
        );
      }
      if (this.#session) await this.#closeSession('manual');
      const passphraseSlot = await this.#makeSlot(dataKey, newPassphrase, 'passphrase');
      await this.#openSession(dataKey, attempts, async (trx) => {
        await appendAudit(trx, this.#audit, { action: 'vault.recovery_code_used', detail: {} });
        await appendAudit(trx, this.#audit, {
          action: 'vault.passphrase_changed',
          detail: { via: 'recovery_code' },
        });
        await appendAudit(trx, this.#audit, {
          action: 'vault.unlocked',
          detail: { method: 'recovery_code' },
        });
        // Inside the transaction: if the envelope cannot be written, nothing is recorded.
        await this.#updateEnvelope(envelope, {
          slots: { ...envelope.slots, passphrase: passphraseSlot },
        });
      });
    });
  }

  lock(reason: LockReason): Promise<void> {
    return this.#serial(async () => {
      if (this.#session) await this.#closeSession(reason);
    });
  }

  changePassphrase(current: string, next: string): Promise<void> {
    return this.#serial(async () => {
      const session = this.#requireSession();
      const envelope = await this.#requireEnvelope();
      await this.#requireCurrentPassphrase(session, envelope, current);
      this.#requireStrong(next);
      // Re-wrapping at today's cost is how a raised KDF cost reaches existing vaults.
      const slot = await this.#makeSlot(session.dataKey, next, 'passphrase');
      await session.database.db.transaction().execute(async (trx) => {
        await appendAudit(trx, this.#audit, {
          action: 'vault.passphrase_changed',
          detail: { via: 'passphrase' },
        });
        await this.#updateEnvelope(envelope, { slots: { ...envelope.slots, passphrase: slot } });
      });
    });
  }

  /**
   * Checks the worker's passphrase while the vault is open (leaving review mode). A wrong one
   * counts toward the same wait as a failed unlock and is audited at once, since the database is
   * open; it is not left pending for the next unlock.
   */
  verifyPassphrase(passphrase: string): Promise<void> {
    return this.#serial(async () => {
      const session = this.#requireSession();
      const envelope = await this.#requireEnvelope();
      const attempts = await this.#checkNotWaiting();
      const key = await openSlot(envelope.slots.passphrase, passphrase, 'passphrase');
      const matches = key !== null && timingSafeEqual(key, session.dataKey);
      key?.fill(0);
      if (matches) {
        if (attempts.failures > 0) await writeAttempts(this.#attemptsFile, NO_ATTEMPTS);
        return;
      }
      const now = this.#deps.clock.now();
      const counted = recordFailure(attempts, now, 'passphrase');
      const next = {
        ...counted,
        pending: attempts.pending,
        pendingOverflow: attempts.pendingOverflow,
      };
      await writeAttempts(this.#attemptsFile, next);
      this.#deps.logger.warn('passphrase check failed', { failures: next.failures });
      await session.database.db.transaction().execute(async (trx) => {
        await appendAudit(trx, this.#audit, {
          action: 'vault.passphrase_check_failed',
          detail: {},
        });
      });
      const wait = retryAfterMs(next, now);
      throw new AppFailure(
        'WRONG_PASSPHRASE',
        'The passphrase does not match',
        wait > 0 ? wait : undefined,
      );
    });
  }

  /**
   * Opens a slot of another vault's envelope (a backup about to be restored) and answers its data
   * key. A wrong secret counts toward the same wait as a failed unlock, in this data folder's
   * counter, so a backup's passphrase cannot be guessed faster than the vault's own; the failures
   * reach the audit at the next unlock, as an unlock's do.
   */
  openOtherEnvelope(envelope: Envelope, method: UnlockMethod, secret: string): Promise<Buffer> {
    return this.#serial(async () => {
      const attempts = await this.#checkNotWaiting();
      const code = method === 'recovery_code' ? normalizeRecoveryCode(secret) : secret;
      let dataKey: Buffer | null = null;
      if (method === 'passphrase') {
        dataKey = await openSlot(envelope.slots.passphrase, secret, 'passphrase');
      } else if (code) {
        dataKey = await openSlot(envelope.slots.recoveryCode, code, 'recoveryCode');
      }
      // The count is cleared by the unlock that follows, after the failures are recorded.
      if (dataKey) return dataKey;
      await mkdir(this.#deps.dataDir, { recursive: true, mode: 0o700 });
      const retry = await this.#recordFailure(attempts, method);
      throw method === 'passphrase'
        ? new AppFailure('WRONG_PASSPHRASE', 'The passphrase does not open this backup', retry)
        : new AppFailure(
            'WRONG_RECOVERY_CODE',
            'The recovery code does not open this backup',
            retry,
          );
    });
  }

  confirmRecoveryCode(): Promise<void> {
    return this.#serial(async () => {
      const session = this.#requireSession();
      const envelope = await this.#requireEnvelope();
      if (envelope.recoveryCodeConfirmed) return;
      await session.database.db.transaction().execute(async (trx) => {
        await appendAudit(trx, this.#audit, {
          action: 'vault.recovery_code_confirmed',
          detail: {},
        });
        await this.#updateEnvelope(envelope, { recoveryCodeConfirmed: true });
      });
    });
  }

  renewRecoveryCode(passphrase: string): Promise<{ recoveryCode: string }> {
    return this.#serial(async () => {
      const session = this.#requireSession();
      const envelope = await this.#requireEnvelope();
      await this.#requireCurrentPassphrase(session, envelope, passphrase);
      const recoveryCode = generateRecoveryCode();
      const slot = await this.#makeSlot(
        session.dataKey,
        normalizeRecoveryCode(recoveryCode) ?? '',
        'recoveryCode',
      );
      await session.database.db.transaction().execute(async (trx) => {
        await appendAudit(trx, this.#audit, { action: 'vault.recovery_code_renewed', detail: {} });
        await this.#updateEnvelope(envelope, {
          recoveryCodeConfirmed: false,
          slots: { ...envelope.slots, recoveryCode: slot },
        });
      });
      return { recoveryCode };
    });
  }

  /**
   * Lends a copy of the data key to `fn` (to check a backup made with it) and wipes the copy after.
   * The key never leaves the core.
   */
  async withDataKey<T>(fn: (dataKey: Buffer) => Promise<T>): Promise<T> {
    const copy = Buffer.from(this.#requireSession().dataKey);
    try {
      return await fn(copy);
    } finally {
      copy.fill(0);
    }
  }

  /** Runs `fn` in a transaction on the open database; for settings and, later, the record. */
  transaction<T>(fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
    return this.database().transaction().execute(fn);
  }

  #serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(fn, fn);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  #requireSession(): Session {
    if (!this.#session) throw new AppFailure('LOCKED', 'The vault is locked');
    return this.#session;
  }

  async #requireEnvelope(): Promise<Envelope> {
    const envelope = await readEnvelope(this.#envelopeFile);
    if (!envelope) throw new AppFailure('NO_VAULT', 'No vault in this data folder');
    return envelope;
  }

  #requireStrong(passphrase: string): void {
    const strength = this.strength(passphrase);
    if (!strength.acceptable) {
      throw new AppFailure(
        'WEAK_PASSPHRASE',
        `Passphrase scores ${strength.score}; at least ${strength.minScore} is needed`,
      );
    }
  }

  async #requireCurrentPassphrase(
    session: Session,
    envelope: Envelope,
    passphrase: string,
  ): Promise<void> {
    const key = await openSlot(envelope.slots.passphrase, passphrase, 'passphrase');
    const matches = key !== null && timingSafeEqual(key, session.dataKey);
    key?.fill(0);
    if (matches) return;
    await session.database.db.transaction().execute(async (trx) => {
      await appendAudit(trx, this.#audit, { action: 'vault.passphrase_change_failed', detail: {} });
    });
    throw new AppFailure('WRONG_PASSPHRASE', 'The current passphrase does not match');
  }

  async #checkNotWaiting(): Promise<Attempts> {
    const attempts = await readAttempts(this.#attemptsFile);
    const wait = retryAfterMs(attempts, this.#deps.clock.now());
    if (wait > 0) {
      throw new AppFailure(
        'RATE_LIMITED',
        'Too many failed attempts; wait before trying again',
        wait,
      );
    }
    return attempts;
  }

  async #recordFailure(attempts: Attempts, method: UnlockMethod): Promise<number | undefined> {
    const now = this.#deps.clock.now();
    const next = recordFailure(attempts, now, method);
    await writeAttempts(this.#attemptsFile, next);
    this.#deps.logger.warn('unlock failed', { method, failures: next.failures });
    const wait = retryAfterMs(next, now);
    return wait > 0 ? wait : undefined;
  }

  async #makeSlot(dataKey: Buffer, secret: string, name: SlotName): Promise<KeySlot> {
    const params = kdfParams(this.#deps.kdfCost());
    const salt = randomBytes(16);
    const kek = await deriveKek(secret, salt, params);
    try {
      return wrapKey(dataKey, kek, name, params, salt);
    } finally {
      kek.fill(0);
    }
  }

  async #updateEnvelope(envelope: Envelope, change: Partial<Envelope>): Promise<void> {
    await writeEnvelope(this.#envelopeFile, {
      ...envelope,
      ...change,
      updatedAt: new Date(this.#deps.clock.now()).toISOString(),
    });
  }

  /**
   * Opens the database, brings its schema up to date, and writes the failures counted while it
   * was closed plus the caller's own events, all in one transaction.
   */
  async #openSession(
    dataKey: Buffer,
    attempts: Attempts,
    record: (trx: Transaction<Database>) => Promise<void>,
  ): Promise<void> {
    let database: OpenDatabase | null = null;
    try {
      database = openDatabase(this.#databaseFile, dataKey, this.#deps.logger);
      await migrate(database.db as unknown as Kysely<unknown>);
      await database.db.transaction().execute(async (trx) => {
        for (const failure of attempts.pending) {
          await appendAudit(trx, this.#audit, {
            action: 'vault.unlock_failed',
            detail: { method: failure.method },
            at: failure.at,
          });
        }
        if (attempts.pendingOverflow > 0) {
          await appendAudit(trx, this.#audit, {
            action: 'vault.unlock_failures_summarised',
            detail: { count: attempts.pendingOverflow },
          });
        }
        await record(trx);
      });
    } catch (error) {
      dataKey.fill(0);
      await database?.close();
      throw error;
    }
    this.#session = { dataKey, database };
    await writeAttempts(this.#attemptsFile, NO_ATTEMPTS);
    this.#deps.onStateChanged('unlocked');
  }

  async #closeSession(reason: LockReason): Promise<void> {
    const session = this.#session;
    if (!session) return;
    this.#session = null;
    try {
      await session.database.db.transaction().execute(async (trx) => {
        await appendAudit(trx, this.#audit, {
          action: 'vault.locked',
          detail: { reason },
          actor: reason === 'manual' ? 'worker' : 'system',
        });
      });
    } catch (error) {
      // Locking must never fail: the key is wiped even if the record could not be written.
      this.#deps.logger.error('lock event not recorded', { code: errorCode(error) });
    } finally {
      await session.database.close().catch(() => undefined);
      session.dataKey.fill(0);
      this.#deps.onStateChanged('locked', reason);
    }
  }
}

/** Unwraps the data key from one slot; null when the secret is wrong. */
export async function openSlot(
  slot: KeySlot,
  secret: string,
  name: SlotName,
): Promise<Buffer | null> {
  const kek = await deriveKek(secret, Buffer.from(slot.salt, 'base64'), slot.kdf);
  try {
    return unwrapKey(slot, kek, name);
  } finally {
    kek.fill(0);
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

function errorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) return String(error.code);
  return error instanceof Error ? error.name : 'unknown';
}
