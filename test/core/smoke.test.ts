import { describe, expect, it } from 'vitest';
import { makeCore, call, STRONG_PASSPHRASE } from '../support/core-fixture';

describe('smoke', () => {
  it('creates, locks and unlocks', async () => {
    const f = await makeCore();
    try {
      expect(await call(f.core, 'vault.status')).toMatchObject({ state: 'absent' });
      const t0 = performance.now();
      const { recoveryCode } = (await call(f.core, 'vault.create', { passphrase: STRONG_PASSPHRASE })) as { recoveryCode: string };
      console.log('create ms', performance.now() - t0, recoveryCode);
      expect(await call(f.core, 'vault.status')).toMatchObject({ state: 'unlocked' });
      await call(f.core, 'vault.lock');
      expect(await call(f.core, 'vault.status')).toMatchObject({ state: 'locked' });
      const bad = await f.core.dispatch('vault.unlock', { passphrase: 'nope' });
      expect(bad).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
      await call(f.core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
      expect(await call(f.core, 'vault.status')).toMatchObject({ state: 'unlocked' });
    } finally {
      await f.cleanup();
    }
  });
});
