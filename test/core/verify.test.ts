import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VerifyResult } from '../../src-main/contract';
import type { CoreFixture } from '../support/core-fixture';
import { STRONG_PASSPHRASE, call, makeCore } from '../support/core-fixture';
import { addPeopleWithNotes, damagePage } from './backup/backup-fixture';

let f: CoreFixture;

beforeEach(async () => {
  f = await makeCore();
  await call(f.core, 'vault.create', { passphrase: STRONG_PASSPHRASE });
});
afterEach(() => f.cleanup());

describe('verify.run', () => {
  it('reports a healthy vault plainly, with the number of audit events', async () => {
    await addPeopleWithNotes(f, 2, 2);
    const result = (await call(f.core, 'verify.run')) as VerifyResult;
    expect(result).toEqual({
      cipherIntegrity: 'ok',
      integrity: 'ok',
      audit: { intact: true, events: expect.any(Number) as number },
    });
    expect(result.audit.events).toBeGreaterThanOrEqual(7);
  });

  it('names the first broken link when an audit row was edited behind the app', async () => {
    await addPeopleWithNotes(f, 1, 3);
    // Someone with the key and a SQLite tool, who first removes the append-only guard.
    const db = f.core.vault.database();
    await sql`DROP TRIGGER audit_events_no_update`.execute(db);
    await sql`UPDATE audit_events SET action = 'person.updated' WHERE seq = 3`.execute(db);
    const result = (await call(f.core, 'verify.run')) as VerifyResult;
    expect(result.audit).toMatchObject({ intact: false, firstBrokenSeq: 3 });
    expect(result.cipherIntegrity).toBe('ok');
  });

  it('reports failed page checks when the file was damaged on disk', async () => {
    await addPeopleWithNotes(f, 10, 10);
    f.core.vault.rawDatabase().pragma('wal_checkpoint(TRUNCATE)');
    await call(f.core, 'vault.lock');
    await damagePage(join(f.dataDir, 'alongside.db'), 6);
    await call(f.core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    const result = (await call(f.core, 'verify.run')) as VerifyResult;
    expect(result.cipherIntegrity).toBe('failed');
  });

  it('is refused while locked', async () => {
    await call(f.core, 'vault.lock');
    expect(await f.core.dispatch('verify.run', {})).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
  });
});
