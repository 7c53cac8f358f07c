import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PolicyStatus, Settings, Strength } from '../../../src-main/contract';
import { DEFAULT_POLICY, STRICTEST_POLICY } from '../../../src-main/core/policy/effective';
import { loadPolicyFile, slotCost } from '../../../src-main/core/policy/load';
import { readEnvelope } from '../../../src-main/core/vault/envelope';
import { DEFAULT_KDF_COST } from '../../../src-main/core/vault/kdf';
import { ENVELOPE_FILE } from '../../../src-main/core/vault/vault.service';
import type { CoreFixture } from '../../support/core-fixture';
import { STRONG_PASSPHRASE, TEST_KDF, call, makeCore } from '../../support/core-fixture';
import { makeTempDir } from '../../support/temp-dir';

let dir: { path: string; remove: () => Promise<void> };
let policyFile: string;

beforeEach(async () => {
  dir = await makeTempDir('alongside-policy-');
  policyFile = join(dir.path, 'policy.json');
});
afterEach(() => dir.remove());

describe('loading the agency policy file', () => {
  it('uses the built-in defaults, locking nothing, when there is no file', () => {
    expect(loadPolicyFile(policyFile)).toEqual({
      effective: DEFAULT_POLICY,
      locked: [],
      source: 'none',
    });
    expect(loadPolicyFile(undefined).source).toBe('none');
  });

  it('lays the agency values over the defaults and locks exactly the keys present', async () => {
    await writeFile(
      policyFile,
      JSON.stringify({ version: 1, idleLockMaxMinutes: 10, releaseFormats: ['pdf'] }),
    );
    const loaded = loadPolicyFile(policyFile);
    expect(loaded.source).toBe('agency');
    expect(loaded.warning).toBeUndefined();
    expect(loaded.locked.sort()).toEqual(['idleLockMaxMinutes', 'releaseFormats']);
    expect(loaded.effective).toEqual({
      ...DEFAULT_POLICY,
      idleLockMaxMinutes: 10,
      releaseFormats: ['pdf'],
    });
  });

  it('reads a file saved as UTF-8 with a byte-order mark and a $schema key', async () => {
    const text = JSON.stringify({
      $schema: './policy.schema.json',
      version: 1,
      idleLockMaxMinutes: 10,
    });
    await writeFile(
      policyFile,
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    );
    const loaded = loadPolicyFile(policyFile);
    expect(loaded.source).toBe('agency');
    expect(loaded.locked).toEqual(['idleLockMaxMinutes']);
    expect(loaded.effective.idleLockMaxMinutes).toBe(10);
  });

  it('still refuses a file saved as UTF-16 (IT.md asks for UTF-8)', async () => {
    const text = JSON.stringify({ version: 1, idleLockMaxMinutes: 10 });
    await writeFile(
      policyFile,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    );
    expect(loadPolicyFile(policyFile).source).toBe('malformed');
  });

  it('keeps the default consent within a shorter agency maximum', async () => {
    await writeFile(policyFile, JSON.stringify({ version: 1, consentMaxDays: 10 }));
    const { effective } = loadPolicyFile(policyFile);
    expect(effective.consentMaxDays).toBe(10);
    expect(effective.consentDefaultDays).toBe(10);
  });

  it.each([
    ['bad JSON', '{ "version": 1, '],
    ['an unknown key', JSON.stringify({ version: 1, idleLockMinutes: 5 })],
    ['a value out of range', JSON.stringify({ version: 1, idleLockMaxMinutes: 600 })],
    ['a missing version', JSON.stringify({ idleLockMaxMinutes: 10 })],
    ['an empty file', ''],
  ])(
    'falls back to the strictest defaults, all locked, with a warning, on %s',
    async (_n, text) => {
      await writeFile(policyFile, text);
      const loaded = loadPolicyFile(policyFile);
      expect(loaded.source).toBe('malformed');
      expect(loaded.warning).toBe('policy_invalid');
      expect(loaded.effective).toEqual(STRICTEST_POLICY);
      expect(loaded.locked).toHaveLength(7);
    },
  );

  it('treats an unreadable file (a folder in its place) as malformed, never as absent', () => {
    const loaded = loadPolicyFile(dir.path);
    expect(loaded.source).toBe('malformed');
    expect(loaded.warning).toBe('policy_unreadable');
  });

  it('documents strictest defaults that are each at least as strict as the built-in ones', () => {
    expect(STRICTEST_POLICY.idleLockMaxMinutes).toBeLessThanOrEqual(
      DEFAULT_POLICY.idleLockMaxMinutes,
    );
    expect(STRICTEST_POLICY.minPassphraseScore).toBe(4);
    expect(STRICTEST_POLICY.consentDefaultDays).toBeLessThan(DEFAULT_POLICY.consentDefaultDays);
    expect(STRICTEST_POLICY.consentMaxDays).toBeLessThan(DEFAULT_POLICY.consentMaxDays);
    expect(STRICTEST_POLICY.releaseFormats).toEqual([]);
    expect(STRICTEST_POLICY.funderReportEnabled).toBe(false);
    expect(slotCost(TEST_KDF, STRICTEST_POLICY.kdfFloor)).toEqual(DEFAULT_KDF_COST);
  });

  it('raises the slot cost field by field to the floor, never lowers it', () => {
    expect(slotCost(DEFAULT_KDF_COST, undefined)).toEqual(DEFAULT_KDF_COST);
    expect(
      slotCost(
        { memoryKiB: 65_536, iterations: 4, parallelism: 1 },
        { memoryKiB: 131_072, iterations: 2, parallelism: 2 },
      ),
    ).toEqual({ memoryKiB: 131_072, iterations: 4, parallelism: 2 });
  });
});

describe('the policy in force in the core', () => {
  let f: CoreFixture;
  afterEach(() => f.cleanup());

  it('answers policy.get while locked, and re-reads the file each time', async () => {
    f = await makeCore({ policyFile });
    expect(((await call(f.core, 'policy.get')) as PolicyStatus).source).toBe('none');
    await writeFile(policyFile, JSON.stringify({ version: 1, idleLockMaxMinutes: 15 }));
    const status = (await call(f.core, 'policy.get')) as PolicyStatus;
    expect(status).toMatchObject({ source: 'agency', locked: ['idleLockMaxMinutes'] });
    expect(status.effective.idleLockMaxMinutes).toBe(15);
    await writeFile(policyFile, 'not json');
    expect(await call(f.core, 'policy.get')).toMatchObject({
      source: 'malformed',
      warning: 'policy_invalid',
      effective: { idleLockMaxMinutes: 5, minPassphraseScore: 4, releaseFormats: [] },
    });
  });

  it('keeps a stricter idle lock, refuses a looser one, and caps a stored looser value', async () => {
    f = await makeCore({ policyFile });
    await call(f.core, 'vault.create', { passphrase: STRONG_PASSPHRASE });
    await call(f.core, 'settings.setIdleLock', { minutes: 30 });
    await writeFile(policyFile, JSON.stringify({ version: 1, idleLockMaxMinutes: 10 }));
    await call(f.core, 'vault.lock');
    await call(f.core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });

    // The worker's 30 minutes are looser than the agency's 10: the agency's maximum applies.
    expect(((await call(f.core, 'settings.get')) as Settings).idleLockMinutes).toBe(10);
    const looser = await f.core.dispatch('settings.setIdleLock', { minutes: 20 });
    expect(looser).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED_BY_POLICY' } });
    const stricter = (await call(f.core, 'settings.setIdleLock', { minutes: 3 })) as Settings;
    expect(stricter.idleLockMinutes).toBe(3);

    // The idle lock itself follows: 3 minutes and a moment without use locks the vault.
    f.clock.advance(3 * 60_000 + 1);
    await f.core.checkIdle();
    expect(f.core.vault.isUnlocked()).toBe(false);
  });

  it('records the agency policy at unlock, by its source only', async () => {
    await writeFile(policyFile, JSON.stringify({ version: 1, minPassphraseScore: 3 }));
    f = await makeCore({ policyFile });
    await call(f.core, 'vault.create', { passphrase: STRONG_PASSPHRASE });
    const rows = await f.core.vault
      .database()
      .selectFrom('audit_events')
      .select(['action', 'detail'])
      .where('action', '=', 'policy.loaded')
      .execute();
    expect(rows).toEqual([{ action: 'policy.loaded', detail: '{"source":"agency"}' }]);
  });

  it('applies the minimum passphrase score to create, change and the start screens', async () => {
    await writeFile(policyFile, JSON.stringify({ version: 1, minPassphraseScore: 4 }));
    f = await makeCore({ policyFile });
    const fair = 'coffee table';
    const strength = (await call(f.core, 'vault.strength', { passphrase: fair })) as Strength;
    expect(strength.minScore).toBe(4);
    expect(await call(f.core, 'vault.status')).toMatchObject({ passphraseMinScore: 4 });
    expect(strength.score).toBe(3);
    expect(strength.acceptable).toBe(false);
    expect(await f.core.dispatch('vault.create', { passphrase: fair })).toMatchObject({
      ok: false,
      error: { code: 'WEAK_PASSPHRASE' },
    });
    const strong = 'otter lantern quietly folds maps beside the tram';
    await call(f.core, 'vault.create', { passphrase: strong });
    const weakChange = await f.core.dispatch('vault.changePassphrase', {
      current: strong,
      next: 'password1',
    });
    expect(weakChange).toMatchObject({ ok: false, error: { code: 'WEAK_PASSPHRASE' } });
  });

  it('raises the Argon2id cost of new key slots to the agency floor', async () => {
    const floor = { memoryKiB: 24_576, iterations: 3, parallelism: 1 };
    await writeFile(policyFile, JSON.stringify({ version: 1, kdfFloor: floor }));
    f = await makeCore({ policyFile });
    await call(f.core, 'vault.create', { passphrase: STRONG_PASSPHRASE });
    const envelope = await readEnvelope(join(f.dataDir, ENVELOPE_FILE));
    expect(envelope?.slots.passphrase.kdf).toMatchObject(floor);
    expect(envelope?.slots.recoveryCode.kdf).toMatchObject(floor);
  });
});
