import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreFixture } from '../support/core-fixture';
import { STRONG_PASSPHRASE, call, makeCore } from '../support/core-fixture';

let f: CoreFixture;
beforeEach(async () => {
  f = await makeCore();
  await call(f.core, 'vault.create', { passphrase: STRONG_PASSPHRASE });
});
afterEach(async () => {
  await f.cleanup();
});

const state = async () => ((await call(f.core, 'vault.status')) as { state: string }).state;

describe('the idle lock', () => {
  it('locks after the default five minutes without activity, with reason idle', async () => {
    expect(await call(f.core, 'settings.get')).toMatchObject({ idleLockMinutes: 5 });
    f.clock.advance(4 * 60_000 + 59_000);
    await f.core.checkIdle();
    expect(await state()).toBe('unlocked');
    f.clock.advance(1_000);
    await f.core.checkIdle();
    expect(await state()).toBe('locked');
    expect(f.events.at(-1)).toEqual({
      name: 'vault.stateChanged',
      payload: { state: 'locked', reason: 'idle' },
    });
    await call(f.core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    const last = await f.core.vault
      .database()
      .selectFrom('audit_events')
      .select(['action', 'detail', 'actor'])
      .where('action', '=', 'vault.locked')
      .executeTakeFirstOrThrow();
    expect(last).toEqual({ action: 'vault.locked', detail: '{"reason":"idle"}', actor: 'system' });
  });

  it('counts activity from the renderer, but not status polling', async () => {
    f.clock.advance(4 * 60_000);
    await call(f.core, 'session.activity');
    f.clock.advance(4 * 60_000);
    await call(f.core, 'vault.status');
    await call(f.core, 'settings.get');
    await f.core.checkIdle();
    expect(await state()).toBe('unlocked');
    f.clock.advance(60_000);
    await f.core.checkIdle();
    expect(await state()).toBe('locked');
  });

  it('follows the setting, which survives a restart and is audited', async () => {
    expect(await call(f.core, 'settings.setIdleLock', { minutes: 2 })).toMatchObject({
      idleLockMinutes: 2,
    });
    f.clock.advance(2 * 60_000);
    await f.core.checkIdle();
    expect(await state()).toBe('locked');
    await f.restart();
    expect(await call(f.core, 'settings.get')).toEqual({ language: 'en', idleLockMinutes: 2 });
    await call(f.core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    const changed = await f.core.vault
      .database()
      .selectFrom('audit_events')
      .select('detail')
      .where('action', '=', 'settings.idle_lock_changed')
      .executeTakeFirstOrThrow();
    expect(changed.detail).toBe('{"minutes":2}');
  });

  it('refuses idle times outside 1–60 minutes', async () => {
    for (const minutes of [0, 61, 2.5, -1]) {
      expect(await f.core.dispatch('settings.setIdleLock', { minutes })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
    }
  });

  it('keeps the language choice, even while locked', async () => {
    await call(f.core, 'vault.lock');
    expect(await call(f.core, 'settings.setLanguage', { language: 'fr-CA' })).toMatchObject({
      language: 'fr-CA',
    });
    await f.restart();
    expect(await call(f.core, 'settings.get')).toMatchObject({ language: 'fr-CA' });
  });
});
