import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupResult, Note, Person } from '../../../src-main/contract';
import { createBackup } from '../../../src-main/core/admin/backup';
import { checkDatabaseCopy } from '../../../src-main/core/admin/check-copy';
import { verifyAudit } from '../../../src-main/core/audit/audit.service';
import { openDatabase } from '../../../src-main/core/db/open';
import type { CoreFixture } from '../../support/core-fixture';
import { MemoryLogger, STRONG_PASSPHRASE, call, makeCore } from '../../support/core-fixture';
import { noteFields } from '../../support/record-fixture';
import { recoverDataKey } from '../../support/recover-data-key';
import { makeTempDir } from '../../support/temp-dir';
import { addPeopleWithNotes, answerFolder, canary, damagePage } from './backup-fixture';

let f: CoreFixture;
let target: { path: string; remove: () => Promise<void> };

beforeEach(async () => {
  target = await makeTempDir('alongside-backups-');
});

afterEach(async () => {
  await f.cleanup();
  await target.remove();
});

async function unlockedCore(chooseFolder = answerFolder(target.path).chooseFolder) {
  f = await makeCore({ chooseFolder });
  await call(f.core, 'vault.create', { passphrase: STRONG_PASSPHRASE });
}

describe('backup.create', () => {
  it('writes a consistent, encrypted copy while notes are being saved, and checks it', async () => {
    await unlockedCore();
    const notes = await addPeopleWithNotes(f, 3, 4);
    const first = notes[0] as Note;

    // Saves keep arriving before, during and after the copy is taken.
    const saves = Array.from({ length: 20 }, (_, i) =>
      call(f.core, 'notes.save', {
        id: first.id,
        fields: noteFields({ talkedAbout: canary(`autosave${i}`) }),
      }),
    );
    const [result] = await Promise.all([
      call(f.core, 'backup.create') as Promise<BackupResult>,
      ...saves,
    ]);
    expect(result).toMatchObject({ done: true, people: 3, notes: 12, verified: true });
    if (!result.done) throw new Error('no backup');
    expect(result.folderName).toMatch(/^Alongside backup \d{4}-\d{2}-\d{2} \d{4}$/);

    const folder = join(target.path, result.folderName);
    expect((await readdir(folder)).sort()).toEqual(['alongside.db', 'vault.json']);
    expect(await readFile(join(folder, 'vault.json'), 'utf8')).toBe(
      await readFile(join(f.dataDir, 'vault.json'), 'utf8'),
    );

    // The copy opens with the data key recovered from the copied envelope, as DATA-FORMAT says.
    const envelope = JSON.parse(await readFile(join(folder, 'vault.json'), 'utf8')) as Parameters<
      typeof recoverDataKey
    >[0];
    const key = await recoverDataKey(envelope, 'passphrase', STRONG_PASSPHRASE);
    const copy = openDatabase(join(folder, 'alongside.db'), key, new MemoryLogger());
    try {
      const audit = await verifyAudit(copy.db);
      expect(audit.intact).toBe(true);
      const saved = await copy.db
        .selectFrom('notes')
        .select(['talked_about as talkedAbout', 'version'])
        .where('id', '=', first.id)
        .executeTakeFirstOrThrow();
      // Whatever moment the copy caught, it caught a whole save: the words match the version.
      const version = saved.version;
      expect(saved.talkedAbout).toBe(
        version === 1 ? canary('note0-0') : canary(`autosave${version - 2}`),
      );
    } finally {
      await copy.close();
    }
    expect((await readdir(folder)).sort()).toEqual(['alongside.db', 'vault.json']);
  });

  it('holds no plaintext: no canary appears in any file of the backup folder', async () => {
    await unlockedCore();
    await addPeopleWithNotes(f, 2, 2);
    const result = (await call(f.core, 'backup.create')) as BackupResult;
    if (!result.done) throw new Error('no backup');
    const folder = join(target.path, result.folderName);
    for (const name of await readdir(folder)) {
      const bytes = await readFile(join(folder, name));
      expect(bytes.includes('ZQXBACKUP'), name).toBe(false);
      expect(bytes.includes(Buffer.from('ZQXBACKUP', 'utf16le')), name).toBe(false);
    }
  });

  it('records the backup in the audit by its counts only', async () => {
    await unlockedCore();
    await addPeopleWithNotes(f, 1, 2);
    await call(f.core, 'backup.create');
    const rows = await f.core.vault
      .database()
      .selectFrom('audit_events')
      .select(['action', 'detail'])
      .where('action', '=', 'backup.created')
      .execute();
    expect(rows).toEqual([{ action: 'backup.created', detail: '{"notes":2,"people":1}' }]);
  });

  it('makes a second folder for a second backup in the same minute', async () => {
    await unlockedCore();
    const one = (await call(f.core, 'backup.create')) as BackupResult;
    const two = (await call(f.core, 'backup.create')) as BackupResult;
    if (!one.done || !two.done) throw new Error('no backup');
    expect(two.folderName).toBe(`${one.folderName} (2)`);
  });

  it('does nothing when the folder dialog is cancelled', async () => {
    const chooser = answerFolder(null);
    await unlockedCore(chooser.chooseFolder);
    expect(await call(f.core, 'backup.create')).toEqual({ done: false });
    expect(chooser.asked).toEqual(['backup']);
    expect(await readdir(target.path)).toEqual([]);
  });

  it('is refused while locked, without asking for a folder', async () => {
    const chooser = answerFolder(target.path);
    await unlockedCore(chooser.chooseFolder);
    await call(f.core, 'vault.lock');
    expect(await f.core.dispatch('backup.create', {})).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
    expect(chooser.asked).toEqual([]);
  });

  it('detects a copy damaged after writing, answers BACKUP_DAMAGED and removes the folder', async () => {
    await unlockedCore();
    await addPeopleWithNotes(f, 5, 10);
    const logger = new MemoryLogger();
    const failure = await createBackup({
      vault: f.core.vault,
      dataDir: f.dataDir,
      clock: f.clock,
      logger,
      audit: { clock: f.clock, newId: () => crypto.randomUUID() },
      chooseFolder: answerFolder(target.path).chooseFolder,
      // A disk that garbles a page between the write and the check.
      check: async (folder, key, log) => {
        await damagePage(join(folder, 'alongside.db'), 3);
        return checkDatabaseCopy(folder, key, log);
      },
    }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'BACKUP_DAMAGED' });
    expect(await readdir(target.path)).toEqual([]);
    const people = (await call(f.core, 'people.list', {})) as { items: Person[] };
    expect(people.items).toHaveLength(5);
  });

  it('finds a flipped page with the check used after writing', async () => {
    await unlockedCore();
    await addPeopleWithNotes(f, 5, 10);
    const result = (await call(f.core, 'backup.create')) as BackupResult;
    if (!result.done) throw new Error('no backup');
    const folder = join(target.path, result.folderName);
    const ok = await f.core.vault.withDataKey((key) =>
      checkDatabaseCopy(folder, key, new MemoryLogger()),
    );
    expect(ok).toMatchObject({ ok: true, people: 5, notes: 50 });
    await damagePage(join(folder, 'alongside.db'), 4);
    const damaged = await f.core.vault.withDataKey((key) =>
      checkDatabaseCopy(folder, key, new MemoryLogger()),
    );
    expect(damaged.ok).toBe(false);
  });
});
