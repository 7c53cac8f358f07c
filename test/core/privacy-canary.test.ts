import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CoreFixture } from '../support/core-fixture';
import { call, makeCore } from '../support/core-fixture';

/** A strong passphrase that is also a recognisable canary. */
const CANARY_PASSPHRASE = 'CanaryPass quietly 7f3a9c folds lanterns';
const CANARY_NEXT = 'CanaryNext violet 2b8e41 harbour teacups';

/** Every encoding a careless write could use. */
function encodings(secret: Buffer): Buffer[] {
  const forms = [
    secret,
    Buffer.from(secret.toString('hex')),
    Buffer.from(secret.toString('hex').toUpperCase()),
    Buffer.from(secret.toString('base64')),
    Buffer.from(secret.toString('base64url')),
    Buffer.from(secret.toString('utf16le'), 'utf16le'),
  ];
  if (secret.toString('utf8').length > 0)
    forms.push(Buffer.from(secret.toString('utf8'), 'utf16le'));
  return forms;
}

async function everyFile(dir: string): Promise<Array<{ name: string; bytes: Buffer }>> {
  const names = await readdir(dir, { recursive: true });
  const files: Array<{ name: string; bytes: Buffer }> = [];
  for (const name of names) {
    try {
      files.push({ name, bytes: await readFile(join(dir, name)) });
    } catch {
      // a folder
    }
  }
  return files;
}

function findLeaks(
  files: Array<{ name: string; bytes: Buffer }>,
  secrets: Record<string, Buffer>,
): string[] {
  const leaks: string[] = [];
  for (const [label, secret] of Object.entries(secrets)) {
    for (const form of encodings(secret)) {
      for (const file of files)
        if (file.bytes.includes(form)) leaks.push(`${label} in ${file.name}`);
    }
  }
  return leaks;
}

describe('privacy canary', () => {
  it('no file, log line or audit event holds the passphrase, the recovery code or the data key', async () => {
    const f: CoreFixture = await makeCore();
    try {
      const { recoveryCode } = (await call(f.core, 'vault.create', {
        passphrase: CANARY_PASSPHRASE,
      })) as {
        recoveryCode: string;
      };
      const dataKey = await captureDataKey(f);
      await call(f.core, 'vault.confirmRecoveryCode');
      await call(f.core, 'vault.lock');
      await f.core.dispatch('vault.unlock', { passphrase: `${CANARY_PASSPHRASE} typo` });
      await call(f.core, 'vault.unlock', { passphrase: CANARY_PASSPHRASE });
      await call(f.core, 'vault.changePassphrase', {
        current: CANARY_PASSPHRASE,
        next: CANARY_NEXT,
      });
      await call(f.core, 'settings.setIdleLock', { minutes: 7 });
      const audit = await f.core.vault.database().selectFrom('audit_events').selectAll().execute();
      await call(f.core, 'vault.lock');
      await call(f.core, 'vault.unlockWithRecoveryCode', {
        recoveryCode,
        newPassphrase: CANARY_PASSPHRASE,
      });
      await call(f.core, 'vault.lock');

      const secrets: Record<string, Buffer> = {
        passphrase: Buffer.from(CANARY_PASSPHRASE),
        'mistyped passphrase': Buffer.from(`${CANARY_PASSPHRASE} typo`),
        'next passphrase': Buffer.from(CANARY_NEXT),
        'recovery code': Buffer.from(recoveryCode),
        'recovery code, no dashes': Buffer.from(recoveryCode.replace(/-/g, '')),
        'data key': dataKey,
      };
      const files = await everyFile(f.dataDir);
      expect(files.map((file) => file.name).sort()).toEqual(
        expect.arrayContaining([
          'alongside.db',
          'preferences.json',
          'unlock-attempts.json',
          'vault.json',
        ]),
      );
      expect(findLeaks(files, secrets)).toEqual([]);
      expect(findLeaks([{ name: 'log', bytes: Buffer.from(f.logger.text()) }], secrets)).toEqual(
        [],
      );
      expect(
        findLeaks([{ name: 'audit', bytes: Buffer.from(JSON.stringify(audit)) }], secrets),
      ).toEqual([]);
      expect(
        findLeaks([{ name: 'events', bytes: Buffer.from(JSON.stringify(f.events)) }], secrets),
      ).toEqual([]);
      expect(f.logger.entries.length).toBeGreaterThan(0);
      // The search itself must be able to fail: a file with the key in hex is caught.
      const planted = { name: 'planted', bytes: Buffer.from(`x${dataKey.toString('hex')}x`) };
      expect(findLeaks([planted], secrets)).toEqual(['data key in planted']);
      expect(audit.length).toBeGreaterThan(3);
    } finally {
      await f.cleanup();
    }
  });
});

/**
 * The data key is what SQLCipher was given; recover it the way IT would (docs/DATA-FORMAT.md)
 * from the envelope and the passphrase, so the test does not depend on the vault's internals.
 */
async function captureDataKey(f: CoreFixture): Promise<Buffer> {
  const { recoverDataKey } = await import('../support/recover-data-key');
  const envelope = JSON.parse(await readFile(join(f.dataDir, 'vault.json'), 'utf8'));
  return recoverDataKey(envelope, 'passphrase', CANARY_PASSPHRASE);
}
