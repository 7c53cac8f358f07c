import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VaultStatus } from '../../../src-main/contract';
import { verifyAudit } from '../../../src-main/core/audit/audit.service';
import type { CoreFixture } from '../../support/core-fixture';
import {
  OTHER_STRONG_PASSPHRASE,
  STRONG_PASSPHRASE,
  call,
  makeCore,
} from '../../support/core-fixture';

let f: CoreFixture;

beforeEach(async () => {
  f = await makeCore();
});
afterEach(async () => {
  await f.cleanup();
});

async function create(): Promise<string> {
  const value = (await call(f.core, 'vault.create', { passphrase: STRONG_PASSPHRASE })) as {
    recoveryCode: string;
  };
  return value.recoveryCode;
}

async function status(): Promise<VaultStatus> {
  return (await call(f.core, 'vault.status')) as VaultStatus;
}

async function auditActions(): Promise<string[]> {
  const rows = await f.core.vault
    .database()
    .selectFrom('audit_events')
    .select(['action', 'detail'])
    .orderBy('seq')
    .execute();
  return rows.map((row) => (row.detail === '{}' ? row.action : `${row.action} ${row.detail}`));
}

describe('creating a vault', () => {
  it('starts absent, then is unlocked with a recovery code of six groups', async () => {
    expect((await status()).state).toBe('absent');
    const code = await create();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){5}$/);
    expect(await status()).toMatchObject({ state: 'unlocked', recoveryCodeConfirmed: false });
    expect(await auditActions()).toEqual(['vault.created']);
    expect(f.events.at(-1)).toEqual({ name: 'vault.stateChanged', payload: { state: 'unlocked' } });
  });

  it('refuses a passphrase below the strength floor, with its code, and writes nothing', async () => {
    const result = await f.core.dispatch('vault.create', { passphrase: 'password123' });
    expect(result).toMatchObject({ ok: false, error: { code: 'WEAK_PASSPHRASE' } });
    expect((await status()).state).toBe('absent');
  });

  it('refuses to create a second vault over the first', async () => {
    await create();
    await call(f.core, 'vault.lock');
    const again = await f.core.dispatch('vault.create', { passphrase: OTHER_STRONG_PASSPHRASE });
    expect(again).toMatchObject({ ok: false, error: { code: 'VAULT_EXISTS' } });
    await call(f.core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
  });

  it('stores the Argon2id cost in the envelope, at or above the OWASP minimum', async () => {
    await create();
    const envelope = JSON.parse(await readFile(join(f.dataDir, 'vault.json'), 'utf8'));
    expect(envelope.slots.passphrase.kdf).toMatchObject({
      name: 'argon2id',
      memoryKiB: 19456,
      iterations: 2,
    });
    expect(Object.keys(envelope.slots)).toEqual(['passphrase', 'recoveryCode']);
  });
});

describe('unlocking', () => {
  it('answers WRONG_PASSPHRASE for a wrong passphrase and unlocks with the right one', async () => {
    await create();
    await call(f.core, 'vault.lock');
    const wrong = await f.core.dispatch('vault.unlock', { passphrase: OTHER_STRONG_PASSPHRASE });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    expect((await status()).failedAttempts).toBe(1);
    await call(f.core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect(await status()).toMatchObject({ state: 'unlocked', failedAttempts: 0 });
  });

  it('records failed attempts in the audit chain at the next unlock, at the time they happened', async () => {
    await create();
    await call(f.core, 'vault.lock');
    const failedAt = f.clock.now();
    await f.core.dispatch('vault.unlock', { passphrase: 'wrong one' });
    f.clock.advance(60_000);
    await f.core.dispatch('vault.unlock', { passphrase: 'wrong two' });
    f.clock.advance(60_000);
    await call(f.core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect(await auditActions()).toEqual([
      'vault.created',
      'vault.locked {"reason":"manual"}',
      'vault.unlock_failed {"method":"passphrase"}',
      'vault.unlock_failed {"method":"passphrase"}',
      'vault.unlocked {"method":"passphrase"}',
    ]);
    const first = await f.core.vault
      .database()
      .selectFrom('audit_events')
      .select('at')
      .where('action', '=', 'vault.unlock_failed')
      .orderBy('seq')
      .executeTakeFirstOrThrow();
    expect(first.at).toBe(new Date(failedAt).toISOString());
    expect(await verifyAudit(f.core.vault.database())).toEqual({ intact: true, count: 5 });
  });

  it('gives five free tries, then a wait that doubles from 30 s to at most 15 minutes', async () => {
    await create();
    await call(f.core, 'vault.lock');
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 12; attempt += 1) {
      const result = await f.core.dispatch('vault.unlock', { passphrase: `wrong ${attempt}` });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('WRONG_PASSPHRASE');
        waits.push(result.error.retryAfterMs ?? 0);
      }
      const limited = await f.core.dispatch('vault.unlock', { passphrase: STRONG_PASSPHRASE });
      if (attempt >= 5) {
        // Even the right passphrase waits: otherwise the wait would protect nothing.
        expect(limited).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
        f.clock.advance(waits.at(-1) ?? 0);
      } else {
        expect(limited.ok).toBe(true);
        await call(f.core, 'vault.lock');
        // A success resets the count, so re-fail to keep counting.
        for (let again = 1; again <= attempt; again += 1) {
          await f.core.dispatch('vault.unlock', { passphrase: `again ${again}` });
        }
      }
    }
    expect(waits.slice(0, 4)).toEqual([0, 0, 0, 0]);
    expect(waits.slice(4)).toEqual([
      30_000, 60_000, 120_000, 240_000, 480_000, 900_000, 900_000, 900_000,
    ]);
  });

  it('keeps the wait across a restart and never wipes the vault', async () => {
    await create();
    await call(f.core, 'vault.lock');
    for (let i = 0; i < 5; i += 1)
      await f.core.dispatch('vault.unlock', { passphrase: `nope ${i}` });
    f.clock.advance(30_000);
    await f.core.dispatch('vault.unlock', { passphrase: 'nope 6' });
    await f.restart();
    const after = await status();
    expect(after.state).toBe('locked');
    expect(after.failedAttempts).toBe(6);
    expect(after.retryAfterMs).toBe(60_000);
    const refused = await f.core.dispatch('vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED', retryAfterMs: 60_000 },
    });
    f.clock.advance(60_000);
    await call(f.core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect((await auditActions()).filter((a) => a.startsWith('vault.unlock_failed'))).toHaveLength(
      6,
    );
  });

  it('refuses calls other than setup and unlock while locked', async () => {
    await create();
    await call(f.core, 'vault.lock');
    const result = await f.core.dispatch('settings.setIdleLock', { minutes: 10 });
    expect(result).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    const change = await f.core.dispatch('vault.changePassphrase', {
      current: STRONG_PASSPHRASE,
      next: OTHER_STRONG_PASSPHRASE,
    });
    expect(change).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  it('answers NO_VAULT when there is nothing to unlock', async () => {
    const result = await f.core.dispatch('vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect(result).toMatchObject({ ok: false, error: { code: 'NO_VAULT' } });
  });
});

describe('the recovery code', () => {
  it('unlocks and sets a new passphrase; the old passphrase stops working', async () => {
    const code = await create();
    await call(f.core, 'vault.lock');
    // Typed in lower case with spaces and an O for a zero: still accepted.
    const typed = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    await call(f.core, 'vault.unlockWithRecoveryCode', {
      recoveryCode: typed,
      newPassphrase: OTHER_STRONG_PASSPHRASE,
    });
    expect((await status()).state).toBe('unlocked');
    expect(await auditActions()).toContain('vault.recovery_code_used');
    expect(await auditActions()).toContain('vault.passphrase_changed {"via":"recovery_code"}');
    await call(f.core, 'vault.lock');
    const old = await f.core.dispatch('vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect(old).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    await call(f.core, 'vault.unlock', { passphrase: OTHER_STRONG_PASSPHRASE });
  });

  it('refuses a wrong recovery code and counts it as a failed attempt', async () => {
    await create();
    await call(f.core, 'vault.lock');
    const wrong = await f.core.dispatch('vault.unlockWithRecoveryCode', {
      recoveryCode: '0000-0000-0000-0000-0000-0000',
      newPassphrase: OTHER_STRONG_PASSPHRASE,
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_RECOVERY_CODE' } });
    expect((await status()).failedAttempts).toBe(1);
  });

  it('refuses a weak new passphrase before trying the code', async () => {
    const code = await create();
    await call(f.core, 'vault.lock');
    const weak = await f.core.dispatch('vault.unlockWithRecoveryCode', {
      recoveryCode: code,
      newPassphrase: 'qwerty',
    });
    expect(weak).toMatchObject({ ok: false, error: { code: 'WEAK_PASSPHRASE' } });
    expect((await status()).failedAttempts).toBe(0);
  });

  it('is confirmed once, and a renewed code replaces the old one', async () => {
    const oldCode = await create();
    await call(f.core, 'vault.confirmRecoveryCode');
    expect((await status()).recoveryCodeConfirmed).toBe(true);
    const wrongPass = await f.core.dispatch('vault.renewRecoveryCode', { passphrase: 'not mine' });
    expect(wrongPass).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    const { recoveryCode } = (await call(f.core, 'vault.renewRecoveryCode', {
      passphrase: STRONG_PASSPHRASE,
    })) as { recoveryCode: string };
    expect(recoveryCode).not.toBe(oldCode);
    expect((await status()).recoveryCodeConfirmed).toBe(false);
    await call(f.core, 'vault.lock');
    const stale = await f.core.dispatch('vault.unlockWithRecoveryCode', {
      recoveryCode: oldCode,
      newPassphrase: OTHER_STRONG_PASSPHRASE,
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'WRONG_RECOVERY_CODE' } });
    await call(f.core, 'vault.unlockWithRecoveryCode', {
      recoveryCode,
      newPassphrase: OTHER_STRONG_PASSPHRASE,
    });
  });
});

describe('changing the passphrase', () => {
  it('re-wraps the same data key: the database file is not re-encrypted', async () => {
    await create();
    const before = JSON.parse(await readFile(join(f.dataDir, 'vault.json'), 'utf8'));
    const dbBefore = await readFile(join(f.dataDir, 'alongside.db'));
    await call(f.core, 'vault.changePassphrase', {
      current: STRONG_PASSPHRASE,
      next: OTHER_STRONG_PASSPHRASE,
    });
    const after = JSON.parse(await readFile(join(f.dataDir, 'vault.json'), 'utf8'));
    expect(after.slots.passphrase.wrappedKey).not.toBe(before.slots.passphrase.wrappedKey);
    expect(after.slots.passphrase.salt).not.toBe(before.slots.passphrase.salt);
    expect(after.slots.recoveryCode).toEqual(before.slots.recoveryCode);
    // The main file's first page (SQLCipher's salt) is untouched: same key, no rekey.
    const dbAfter = await readFile(join(f.dataDir, 'alongside.db'));
    expect(dbAfter.subarray(0, 16).equals(dbBefore.subarray(0, 16))).toBe(true);
    await call(f.core, 'vault.lock');
    await call(f.core, 'vault.unlock', { passphrase: OTHER_STRONG_PASSPHRASE });
    expect(await auditActions()).toContain('vault.passphrase_changed {"via":"passphrase"}');
  });

  it('refuses a wrong current passphrase and a weak new one', async () => {
    await create();
    const wrong = await f.core.dispatch('vault.changePassphrase', {
      current: 'not it at all',
      next: OTHER_STRONG_PASSPHRASE,
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    const weak = await f.core.dispatch('vault.changePassphrase', {
      current: STRONG_PASSPHRASE,
      next: 'abc123',
    });
    expect(weak).toMatchObject({ ok: false, error: { code: 'WEAK_PASSPHRASE' } });
    expect(await auditActions()).toContain('vault.passphrase_change_failed');
    await call(f.core, 'vault.lock');
    await call(f.core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
  });
});

describe('locking', () => {
  it('records the reason, tells the renderer, and wipes the key from memory', async () => {
    await create();
    const session = f.core.vault as unknown as { database(): unknown };
    await f.core.lock('suspend');
    expect(() => session.database()).toThrow(/locked/);
    expect(f.events.at(-1)).toEqual({
      name: 'vault.stateChanged',
      payload: { state: 'locked', reason: 'suspend' },
    });
    await call(f.core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    await f.core.lock('screen_lock');
    await call(f.core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    const actions = await auditActions();
    expect(actions).toContain('vault.locked {"reason":"suspend"}');
    expect(actions).toContain('vault.locked {"reason":"screen_lock"}');
    const actors = await f.core.vault
      .database()
      .selectFrom('audit_events')
      .select('actor')
      .where('action', '=', 'vault.locked')
      .execute();
    expect(actors.map((a) => a.actor)).toEqual(['system', 'system']);
  });

  it('a lock asked for during an unlock waits for it, then locks', async () => {
    await create();
    await call(f.core, 'vault.lock');
    const unlocking = f.core.dispatch('vault.unlock', { passphrase: STRONG_PASSPHRASE });
    const locking = f.core.dispatch('vault.lock', {});
    await Promise.all([unlocking, locking]);
    expect((await status()).state).toBe('locked');
  });
});
