import { randomUUID } from 'node:crypto';
import { rename as fsRename, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  BackupResult,
  Note,
  Person,
  RestoreResult,
  VerifyResult,
} from '../../../src-main/contract';
import { restoreFromBackup } from '../../../src-main/core/admin/restore';
import type { RestoreDeps } from '../../../src-main/core/admin/restore';
import { openDatabase } from '../../../src-main/core/db/open';
import type { CoreFixture } from '../../support/core-fixture';
import {
  MemoryLogger,
  OTHER_STRONG_PASSPHRASE,
  STRONG_PASSPHRASE,
  call,
  makeCore,
} from '../../support/core-fixture';
import { personFields } from '../../support/record-fixture';
import { recoverDataKey } from '../../support/recover-data-key';
import { makeTempDir } from '../../support/temp-dir';
import { addPeopleWithNotes, answerFolder, damagePage } from './backup-fixture';

const NEW_LAPTOP_PASSPHRASE = 'copper kettle whistles near seven pines';

let source: CoreFixture;
let target: CoreFixture | null;
let backups: { path: string; remove: () => Promise<void> };
let backupFolder: string;
let recoveryCode: string;
let sourceNotes: Note[];

beforeEach(async () => {
  backups = await makeTempDir('alongside-backups-');
  source = await makeCore({ chooseFolder: answerFolder(backups.path).chooseFolder });
  ({ recoveryCode } = (await call(source.core, 'vault.create', {
    passphrase: STRONG_PASSPHRASE,
  })) as { recoveryCode: string });
  sourceNotes = await addPeopleWithNotes(source, 3, 3);
  const result = (await call(source.core, 'backup.create')) as BackupResult;
  if (!result.done) throw new Error('no backup');
  backupFolder = join(backups.path, result.folderName);
  target = null;
});

afterEach(async () => {
  await source.cleanup();
  await target?.cleanup();
  await backups.remove();
});

async function newLaptop(): Promise<CoreFixture> {
  target = await makeCore({ chooseFolder: answerFolder(backupFolder).chooseFolder });
  return target;
}

/** Everything a person's record holds that the worker sees, in a stable order. */
async function snapshot(f: CoreFixture) {
  const people = (
    (await call(f.core, 'people.list', { includeArchived: true })) as {
      items: Person[];
    }
  ).items.sort((a, b) => a.id.localeCompare(b.id));
  const notes = await Promise.all(
    sourceNotes.map((note) => call(f.core, 'notes.get', { id: note.id })),
  );
  return { people, notes };
}

async function auditActions(f: CoreFixture): Promise<string[]> {
  const rows = await f.core.vault
    .database()
    .selectFrom('audit_events')
    .select('action')
    .orderBy('seq')
    .execute();
  return rows.map((row) => row.action);
}

describe('restore.fromBackup', () => {
  it('restores onto a new laptop with the passphrase: same record, audit chain intact', async () => {
    const expected = await snapshot(source);
    const t = await newLaptop();
    expect(await call(t.core, 'vault.status')).toMatchObject({ state: 'absent' });

    const result = (await call(t.core, 'restore.fromBackup', {
      secret: { passphrase: STRONG_PASSPHRASE },
    })) as RestoreResult;
    expect(result).toEqual({ done: true, people: 3, notes: 9, previousKeptAside: false });
    expect(await call(t.core, 'vault.status')).toMatchObject({ state: 'unlocked' });
    expect(await snapshot(t)).toEqual(expected);

    const verify = (await call(t.core, 'verify.run')) as VerifyResult;
    expect(verify).toMatchObject({
      cipherIntegrity: 'ok',
      integrity: 'ok',
      audit: { intact: true },
    });
    const actions = await auditActions(t);
    // The chain goes on from the backup's own events: the backup is recorded after its copy.
    expect(actions[0]).toBe('vault.created');
    expect(actions).not.toContain('backup.created');
    expect(actions.slice(-3)).toEqual(['vault.unlocked', 'vault.restored', 'vault.verified']);

    // It is an ordinary vault from now on: it locks and opens again.
    await call(t.core, 'vault.lock');
    await call(t.core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect((await readdir(t.dataDir)).filter((name) => name.startsWith('.restore'))).toEqual([]);
  });

  it('restores with the recovery code, setting a new passphrase', async () => {
    const expected = await snapshot(source);
    const t = await newLaptop();
    const result = (await call(t.core, 'restore.fromBackup', {
      secret: { recoveryCode: recoveryCode.toLowerCase(), newPassphrase: NEW_LAPTOP_PASSPHRASE },
    })) as RestoreResult;
    expect(result).toMatchObject({ done: true, people: 3, notes: 9 });
    expect(await snapshot(t)).toEqual(expected);
    await call(t.core, 'vault.lock');
    expect(await t.core.dispatch('vault.unlock', { passphrase: STRONG_PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE' },
    });
    await call(t.core, 'vault.unlock', { passphrase: NEW_LAPTOP_PASSPHRASE });
    expect(await auditActions(t)).toContain('vault.restored');
    expect(((await call(t.core, 'verify.run')) as VerifyResult).audit.intact).toBe(true);
  });

  it('refuses a wrong passphrase or recovery code, writing only the failed-attempt count', async () => {
    const t = await newLaptop();
    expect(
      await t.core.dispatch('restore.fromBackup', {
        secret: { passphrase: OTHER_STRONG_PASSPHRASE },
      }),
    ).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    expect(
      await t.core.dispatch('restore.fromBackup', {
        secret: {
          recoveryCode: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA',
          newPassphrase: NEW_LAPTOP_PASSPHRASE,
        },
      }),
    ).toMatchObject({ ok: false, error: { code: 'WRONG_RECOVERY_CODE' } });
    expect(await call(t.core, 'vault.status')).toMatchObject({ state: 'absent' });
    expect(await readdir(t.dataDir)).toEqual(['unlock-attempts.json']);
  });

  it('counts wrong backup secrets in the same wait as failed unlocks', async () => {
    const t = await newLaptop();
    await call(t.core, 'vault.create', { passphrase: OTHER_STRONG_PASSPHRASE });
    await call(t.core, 'vault.lock');
    for (let i = 0; i < 3; i += 1) {
      expect(
        await t.core.dispatch('vault.unlock', { passphrase: STRONG_PASSPHRASE }),
      ).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    }
    const wrong = { passphrase: 'not the backup passphrase at all, no' };
    const wrongCode = {
      recoveryCode: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA',
      newPassphrase: NEW_LAPTOP_PASSPHRASE,
    };
    expect(
      await t.core.dispatch('restore.fromBackup', {
        secret: wrong,
        replaceConfirmation: 'REPLACE',
      }),
    ).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    // The fifth failure starts the wait, whichever door it came through.
    const fifth = await t.core.dispatch('restore.fromBackup', {
      secret: wrongCode,
      replaceConfirmation: 'REPLACE',
    });
    expect(fifth).toMatchObject({ ok: false, error: { code: 'WRONG_RECOVERY_CODE' } });
    expect(fifth.ok ? 0 : fifth.error.retryAfterMs).toBeGreaterThan(0);

    // Even the right passphrase, for the backup or the vault, waits now.
    for (const attempt of [
      t.core.dispatch('restore.fromBackup', {
        secret: { passphrase: STRONG_PASSPHRASE },
        replaceConfirmation: 'REPLACE',
      }),
      t.core.dispatch('vault.unlock', { passphrase: OTHER_STRONG_PASSPHRASE }),
    ]) {
      expect(await attempt).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    }
    expect(await call(t.core, 'vault.status')).toMatchObject({
      state: 'locked',
      failedAttempts: 5,
    });

    t.clock.advance(60_000);
    const result = (await call(t.core, 'restore.fromBackup', {
      secret: { passphrase: STRONG_PASSPHRASE },
      replaceConfirmation: 'REPLACE',
    })) as RestoreResult;
    expect(result).toMatchObject({ done: true, people: 3 });
    // The failures are recorded in the vault now in use, and the count starts again.
    const failed = (await auditActions(t)).filter((action) => action === 'vault.unlock_failed');
    expect(failed).toHaveLength(5);
    expect(await call(t.core, 'vault.status')).toMatchObject({ failedAttempts: 0 });
  });

  it('opens the restored vault as an unlock does: the agency file is read again and recorded', async () => {
    const policyDir = await makeTempDir('alongside-restore-policy-');
    try {
      const policyFile = join(policyDir.path, 'policy.json');
      target = await makeCore({
        chooseFolder: answerFolder(backupFolder).chooseFolder,
        policyFile,
      });
      // Put in place after the app started: only a fresh read at the restore's unlock sees it.
      await writeFile(policyFile, JSON.stringify({ version: 1, idleLockMaxMinutes: 3 }));
      await call(target.core, 'restore.fromBackup', { secret: { passphrase: STRONG_PASSPHRASE } });
      const actions = await auditActions(target);
      expect(actions.slice(-3)).toEqual(['vault.unlocked', 'policy.loaded', 'vault.restored']);
      expect(await call(target.core, 'settings.get')).toMatchObject({ idleLockMinutes: 3 });
    } finally {
      await policyDir.remove();
    }
  });

  it('leaves the vault whole where it was when moving it aside fails part way', async () => {
    const t = await newLaptop();
    await call(t.core, 'vault.create', { passphrase: OTHER_STRONG_PASSPHRASE });
    await call(t.core, 'people.create', personFields({ preferredName: 'Still here' }));
    await call(t.core, 'vault.lock');
    const before = (await readdir(t.dataDir)).sort();

    let renames = 0;
    // The second file refuses to move, as a file held open by another program would on Windows.
    const rename = async (from: string, to: string) => {
      renames += 1;
      if (renames === 2) throw Object.assign(new Error('busy'), { code: 'EBUSY' });
      await fsRename(from, to);
    };
    const deps: RestoreDeps = {
      vault: t.core.vault,
      dataDir: t.dataDir,
      clock: t.clock,
      logger: t.logger,
      audit: { clock: t.clock, newId: randomUUID },
      chooseFolder: answerFolder(backupFolder).chooseFolder,
      unlock: () => Promise.reject(new Error('the restored vault must not be opened')),
      rename,
    };
    await expect(
      restoreFromBackup(deps, {
        secret: { passphrase: STRONG_PASSPHRASE },
        replaceConfirmation: 'REPLACE',
      }),
    ).rejects.toMatchObject({ code: 'INTERNAL' });
    expect(renames).toBe(2);

    expect((await readdir(t.dataDir)).sort()).toEqual(before);
    await call(t.core, 'vault.unlock', { passphrase: OTHER_STRONG_PASSPHRASE });
    const people = (await call(t.core, 'people.list', {})) as { items: Person[] };
    expect(people.items.map((p) => p.preferredName)).toEqual(['Still here']);
  });

  it('refuses a weak new passphrase before asking for a folder', async () => {
    const chooser = answerFolder(backupFolder);
    target = await makeCore({ chooseFolder: chooser.chooseFolder });
    expect(
      await target.core.dispatch('restore.fromBackup', {
        secret: { recoveryCode, newPassphrase: 'password1' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'WEAK_PASSPHRASE' } });
    expect(chooser.asked).toEqual([]);
  });

  it('answers BACKUP_DAMAGED for a damaged backup or a folder that is not a backup', async () => {
    const t = await newLaptop();
    await damagePage(join(backupFolder, 'alongside.db'), 3);
    expect(
      await t.core.dispatch('restore.fromBackup', { secret: { passphrase: STRONG_PASSPHRASE } }),
    ).toMatchObject({ ok: false, error: { code: 'BACKUP_DAMAGED' } });
    expect(await readdir(t.dataDir)).toEqual([]);

    const empty = join(backups.path, 'empty');
    await mkdir(empty);
    const other = await makeCore({ chooseFolder: answerFolder(empty).chooseFolder });
    try {
      expect(
        await other.core.dispatch('restore.fromBackup', {
          secret: { passphrase: STRONG_PASSPHRASE },
        }),
      ).toMatchObject({ ok: false, error: { code: 'BACKUP_DAMAGED' } });
    } finally {
      await other.cleanup();
    }
  });

  it('replaces an existing vault only with the typed phrase, keeping the old one aside', async () => {
    const t = await newLaptop();
    await call(t.core, 'vault.create', { passphrase: OTHER_STRONG_PASSPHRASE });
    await call(t.core, 'people.create', personFields({ preferredName: 'Kept aside' }));
    await call(t.core, 'vault.lock');
    const oldEnvelope = await readFile(join(t.dataDir, 'vault.json'), 'utf8');

    for (const replaceConfirmation of [undefined, 'replace', 'REPLACE ME']) {
      expect(
        await t.core.dispatch('restore.fromBackup', {
          secret: { passphrase: STRONG_PASSPHRASE },
          ...(replaceConfirmation === undefined ? {} : { replaceConfirmation }),
        }),
      ).toMatchObject({ ok: false, error: { code: 'CONFIRMATION_MISMATCH' } });
    }
    expect(await readFile(join(t.dataDir, 'vault.json'), 'utf8')).toBe(oldEnvelope);

    const result = (await call(t.core, 'restore.fromBackup', {
      secret: { passphrase: STRONG_PASSPHRASE },
      replaceConfirmation: 'REPLACE',
    })) as RestoreResult;
    expect(result).toMatchObject({ done: true, people: 3, previousKeptAside: true });

    // The old vault sits whole in its own folder and still opens with its own passphrase.
    const aside = (await readdir(t.dataDir)).filter((n) => n.startsWith('vault-before-restore-'));
    expect(aside).toHaveLength(1);
    const asideDir = join(t.dataDir, aside[0] as string);
    expect(await readFile(join(asideDir, 'vault.json'), 'utf8')).toBe(oldEnvelope);
    const envelope = JSON.parse(oldEnvelope) as Parameters<typeof recoverDataKey>[0];
    const key = await recoverDataKey(envelope, 'passphrase', OTHER_STRONG_PASSPHRASE);
    const old = openDatabase(join(asideDir, 'alongside.db'), key, new MemoryLogger());
    try {
      const names = await old.db.selectFrom('people').select('preferred_name').execute();
      expect(names).toEqual([{ preferred_name: 'Kept aside' }]);
    } finally {
      await old.close();
    }
  });

  it('never destroys the existing vault when the restored one fails to open', async () => {
    // A backup from a newer Alongside passes its checks here but cannot be opened by this one.
    const envelope = JSON.parse(
      await readFile(join(backupFolder, 'vault.json'), 'utf8'),
    ) as Parameters<typeof recoverDataKey>[0];
    const key = await recoverDataKey(envelope, 'passphrase', STRONG_PASSPHRASE);
    const newer = openDatabase(join(backupFolder, 'alongside.db'), key, new MemoryLogger());
    newer.raw.pragma('user_version = 999');
    newer.raw.pragma('journal_mode = DELETE');
    await newer.close();

    const t = await newLaptop();
    await call(t.core, 'vault.create', { passphrase: OTHER_STRONG_PASSPHRASE });
    await call(t.core, 'people.create', personFields({ preferredName: 'Still here' }));
    const before = (await readdir(t.dataDir)).sort();

    expect(
      await t.core.dispatch('restore.fromBackup', {
        secret: { passphrase: STRONG_PASSPHRASE },
        replaceConfirmation: 'REPLACE',
      }),
    ).toMatchObject({ ok: false, error: { code: 'DATABASE_NEWER' } });

    expect((await readdir(t.dataDir)).sort()).toEqual(
      before.filter((n) => !n.endsWith('-shm') && !n.endsWith('-wal')),
    );
    await call(t.core, 'vault.unlock', { passphrase: OTHER_STRONG_PASSPHRASE });
    const people = (await call(t.core, 'people.list', {})) as { items: Person[] };
    expect(people.items.map((p) => p.preferredName)).toEqual(['Still here']);
    expect(((await call(t.core, 'verify.run')) as VerifyResult).audit.intact).toBe(true);
  });

  it('answers cancelled when no folder is chosen, changing nothing', async () => {
    target = await makeCore({ chooseFolder: answerFolder(null).chooseFolder });
    expect(
      await call(target.core, 'restore.fromBackup', { secret: { passphrase: STRONG_PASSPHRASE } }),
    ).toEqual({ done: false });
    expect(await call(target.core, 'vault.status')).toMatchObject({ state: 'absent' });
  });
});
