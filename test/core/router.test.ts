import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, channels } from '../../src-main/contract';
import type { CoreFixture } from '../support/core-fixture';
import { STRONG_PASSPHRASE, call, makeCore } from '../support/core-fixture';

let f: CoreFixture;

beforeAll(async () => {
  f = await makeCore();
  await call(f.core, 'vault.create', { passphrase: STRONG_PASSPHRASE });
});
afterAll(async () => {
  await f.cleanup();
});

async function snapshot(): Promise<string> {
  const names = (await readdir(f.dataDir)).filter((n) => n !== 'alongside.db-shm').sort();
  const parts = await Promise.all(
    names.map(async (n) => `${n}:${(await readFile(join(f.dataDir, n))).toString('base64')}`),
  );
  return parts.join('|');
}

async function auditCount(): Promise<number> {
  const row = await f.core.vault
    .database()
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Anything JSON can carry, and some things it cannot. */
const junk = fc.oneof(
  fc.anything({
    maxDepth: 3,
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
  }),
  fc.constant(undefined),
  fc.constant(null),
  fc.string(),
  fc.dictionary(
    fc.constantFrom(
      'passphrase',
      'current',
      'next',
      'minutes',
      'language',
      'recoveryCode',
      'newPassphrase',
      '__proto__',
      'constructor',
    ),
    fc.anything({ maxDepth: 1 }),
  ),
);

/** Inputs each channel's own schema rejects: only those are the malformed ones. */
const malformedFor = (channel: (typeof CHANNEL_NAMES)[number]) =>
  junk.filter((input) => !channels[channel].input.safeParse(input).success);

describe('the router', () => {
  it('answers INVALID_INPUT to malformed input on every channel, never throws, never writes', async () => {
    const filesBefore = await snapshot();
    const auditBefore = await auditCount();
    await fc.assert(
      fc.asyncProperty(
        fc
          .constantFrom(...CHANNEL_NAMES)
          .chain((channel) => fc.tuple(fc.constant(channel), malformedFor(channel))),
        async ([channel, input]) => {
          const result = await f.core.dispatch(channel, input);
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.error.code).toBe('INVALID_INPUT');
        },
      ),
      { numRuns: 600 },
    );
    expect(await snapshot()).toBe(filesBefore);
    expect(await auditCount()).toBe(auditBefore);
  });

  it('answers INVALID_INPUT for an unknown channel or a prototype name', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.constantFrom(
            '__proto__',
            'constructor',
            'toString',
            'hasOwnProperty',
            'vault',
            'vault.',
          ),
        ),
        async (name) => {
          fc.pre(!CHANNEL_NAMES.includes(name as never));
          const result = await f.core.dispatch(name, {});
          expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never echoes the input in an error message', async () => {
    const secret = 'CANARY-router-echo-4f1e';
    const result = await f.core.dispatch('vault.unlock', { passphrase: secret, extra: secret });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('CANARY');
    const tooLong = await f.core.dispatch('vault.strength', {
      passphrase: `${secret}${'x'.repeat(2000)}`,
    });
    expect(JSON.stringify(tooLong)).not.toContain('CANARY');
  });

  it('lists channels that answer while locked explicitly; all others answer LOCKED', async () => {
    const open = CHANNEL_NAMES.filter((c) => channels[c].whileLocked).sort();
    expect(open).toEqual([
      'policy.get',
      'restore.fromBackup',
      'session.activity',
      'settings.get',
      'settings.setLanguage',
      'vault.create',
      'vault.lock',
      'vault.status',
      'vault.strength',
      'vault.unlock',
      'vault.unlockWithRecoveryCode',
    ]);
    await call(f.core, 'vault.lock');
    try {
      const id = '00000000-0000-4000-8000-000000000000';
      const valid: Record<string, unknown> = {
        'settings.setIdleLock': { minutes: 5 },
        'vault.changePassphrase': { current: 'a', next: 'b' },
        'vault.confirmRecoveryCode': {},
        'vault.renewRecoveryCode': { passphrase: 'a' },
        'people.list': {},
        'people.get': { id },
        'notes.get': { id },
        'notes.versions': { noteId: id },
        'goals.list': { personId: id },
        'reflections.list': {},
        'reflections.get': { id },
        'search.query': { text: 'garden' },
        'language.check': { text: 'refused', language: 'en' },
        'backup.create': {},
        'verify.run': {},
      };
      for (const [channel, input] of Object.entries(valid)) {
        expect(
          channels[channel as keyof typeof channels].input.safeParse(input).success,
          channel,
        ).toBe(true);
        expect(await f.core.dispatch(channel, input), channel).toMatchObject({
          ok: false,
          error: { code: 'LOCKED' },
        });
      }
    } finally {
      await call(f.core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    }
  });
});
