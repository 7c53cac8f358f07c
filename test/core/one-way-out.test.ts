import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Share } from '../../src-main/contract';
import { STRONG_PASSPHRASE, call } from '../support/core-fixture';
import type { SharingFixture } from './sharing/sharing-fixture';
import {
  approveShare,
  createShare,
  declineShare,
  errorCode,
  makeSharingCore,
  shareInput,
} from './sharing/sharing-fixture';

const CORE = join(__dirname, '..', '..', 'src-main', 'core');

/**
 * Only release.ts is handed the save-file port. The others named here only carry it: the port's
 * type (ports.ts), the context that holds it (context.ts), the composition root (app.ts) and the
 * worker host that relays the save dialog (host/).
 */
const CARRIERS = ['ports.ts', 'context.ts', 'app.ts'];
const THE_WAY_OUT = 'sharing/release.ts';

async function sourcesUnder(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true });
  return names.filter((name) => name.endsWith('.ts')).map((name) => join(dir, name));
}

/**
 * The only modules of the core that may write a file themselves, each with what it writes. A path
 * ending in `/` covers its folder. Anything else that writes is a second way out.
 */
const WRITERS: Record<string, string> = {
  'fs/atomic-write.ts': 'the one atomic writer under vault.json, the attempt count and preferences',
  'vault/': 'vault.json (wrapped keys only) and the failed-unlock count, through atomic-write',
  'settings/': 'preferences.json: language and idle minutes, through atomic-write',
  'admin/backup.ts':
    'the encrypted database (VACUUM INTO, same key) and the envelope, no plaintext',
  'admin/restore.ts': 'puts an encrypted backup and its envelope in place, the old ones set aside',
};

/** Reaches the disk: node's fs in any spelling, or the atomic writer built on it. */
const TOUCHES_FS = [
  /(?:from\s*|import\s*\(\s*|require\s*\(\s*)['"](?:node:)?fs(?:\/promises)?['"]/u,
  /from\s*['"][^'"]*\/atomic-write['"]/u,
];
/** Calls that put bytes in a file, or open one to do so. */
const FS_WRITES = [
  /\b(?:writeFile|appendFile|copyFile|rename|cp|truncate|symlink|link|writeFileAtomic)(?:Sync)?\s*\(/u,
  /\b(?:createWriteStream|writev?|writeSync)\s*\(/u,
  /\bopen(?:Sync)?\s*\([^)]*['"`][^'"`]*[wa+][^'"`]*['"`]/u,
  /\bO_(?:WRONLY|RDWR|CREAT|APPEND|TRUNC)\b/u,
];
/** SQLite can write a file too, whatever the module imports. */
const SQL_WRITES = [/\bVACUUM\s+INTO\b/iu, /\bATTACH\s+(?:DATABASE\s+)?['"`$]/iu];

/** Whole-line comments only: a comment may name a write without making one. */
function code(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^\s*(?:\/\/|\/\*|\*)/u.test(line))
    .join('\n');
}

function writesFiles(text: string): boolean {
  const source = code(text);
  if (SQL_WRITES.some((pattern) => pattern.test(source))) return true;
  if (!TOUCHES_FS.some((pattern) => pattern.test(source))) return false;
  return FS_WRITES.some((pattern) => pattern.test(source));
}

/** The allow-list entry that covers a module, if any. */
function allowedWriter(name: string): string | undefined {
  return Object.keys(WRITERS).find((key) =>
    key.endsWith('/') ? name.startsWith(key) : name === key,
  );
}

describe('one way out', () => {
  it('no module of the core but release.ts touches the save-file port', async () => {
    const offenders: string[] = [];
    const users: string[] = [];
    for (const file of await sourcesUnder(CORE)) {
      const name = relative(CORE, file).split(sep).join('/');
      const text = await readFile(file, 'utf8');
      if (!/savefile/i.test(text)) continue;
      users.push(name);
      if (name === THE_WAY_OUT || CARRIERS.includes(name) || name.startsWith('host/')) continue;
      offenders.push(name);
    }
    expect(offenders).toEqual([]);
    // The check can see what it looks for.
    expect(users).toEqual(expect.arrayContaining([THE_WAY_OUT, 'context.ts', 'ports.ts']));
  });

  it('no module of the core writes a file but the few listed, each for its reason', async () => {
    const offenders: string[] = [];
    const used = new Set<string>();
    for (const file of await sourcesUnder(CORE)) {
      const name = relative(CORE, file).split(sep).join('/');
      if (!writesFiles(await readFile(file, 'utf8'))) continue;
      const entry = allowedWriter(name);
      if (entry) used.add(entry);
      else offenders.push(name);
    }
    expect(offenders).toEqual([]);
    // Every entry still earns its place, and the check can see the writes it exists for.
    expect([...used].sort()).toEqual(Object.keys(WRITERS).sort());
  });

  it('the write check catches every spelling of a write, and only writes', () => {
    const writes = [
      "import { writeFile } from 'node:fs/promises';\nawait writeFile(path, note.talked_about);",
      "import * as fs from 'fs';\nfs.appendFileSync(path, words);",
      "import { promises } from 'node:fs';\nawait promises.copyFile(db, elsewhere);",
      "const fs = require('fs');\nfs.createWriteStream(path).end(words);",
      "const { open } = await import('node:fs/promises');\nawait open(path, 'a');",
      "import { open, constants } from 'node:fs';\nopen(path, constants.O_WRONLY, cb);",
      "import { cp } from 'node:fs/promises';\nawait cp(dataDir, usbStick, { recursive: true });",
      "import { rename } from 'node:fs/promises';\nawait rename(temp, outside);",
      "import { writeFileAtomic } from '../fs/atomic-write';\nawait writeFileAtomic(path, text);",
      'await sql`VACUUM INTO ${outside}`.execute(db);',
      "await sql`ATTACH DATABASE ${outside} AS plain KEY ''`.execute(db);",
    ];
    for (const text of writes) expect(writesFiles(text), text).toBe(true);
    const reads = [
      "import { readFile } from 'node:fs/promises';\nawait readFile(path, 'utf8');",
      "import { open } from 'node:fs/promises';\nconst handle = await open(dir, 'r');",
      // pdfmake's virtual file system lives in memory; nothing here imports fs.
      'virtualfs.writeFileSync(name, bytes);',
      "import { stat } from 'node:fs/promises';\n// writeFile would put it on disk\nawait stat(p);",
    ];
    for (const text of reads) expect(writesFiles(text), text).toBe(false);
    expect(allowedWriter('vault/envelope.ts')).toBe('vault/');
    expect(allowedWriter('sharing/release.ts')).toBeUndefined();
    expect(allowedWriter('admin/backup-extra.ts')).toBeUndefined();
  });

  describe('a refused release writes nothing', () => {
    let s: SharingFixture;
    let share: Share;
    beforeEach(async () => {
      s = await makeSharingCore();
      share = await createShare(s);
    });
    afterEach(async () => {
      await s.cleanup();
    });

    async function refusedWithoutAFile(code: string, format: 'pdf' | 'fhir_json' = 'pdf') {
      const dataBefore = (await readdir(s.f.dataDir)).sort();
      expect(await errorCode(s, 'shares.release', { id: share.id, format })).toBe(code);
      expect(s.saver.calls).toBe(0);
      expect(await s.saver.written()).toEqual([]);
      const dataAfter = (await readdir(s.f.dataDir)).sort();
      expect(dataAfter).toEqual(dataBefore);
    }

    it('without a consent', async () => {
      await refusedWithoutAFile('CONSENT_REQUIRED');
    });

    it('after a no', async () => {
      await declineShare(s, share.id);
      await refusedWithoutAFile('CONSENT_DECLINED');
    });

    it('after an edit of the approved words', async () => {
      await approveShare(s, share.id);
      const input = shareInput(share);
      await call(s.f.core, 'shares.save', {
        ...input,
        fields: { ...input.fields, body: 'Different words' },
      });
      await refusedWithoutAFile('CONSENT_MISMATCH');
    });

    it('in another format than agreed', async () => {
      await approveShare(s, share.id, 'pdf');
      await refusedWithoutAFile('CONSENT_MISMATCH', 'fhir_json');
    });

    it('while review mode is on', async () => {
      await approveShare(s, share.id);
      const other = await createShare(s, { purpose: 'Other' });
      await call(s.f.core, 'review.start', { shareId: other.id, language: 'en' });
      await refusedWithoutAFile('IN_REVIEW');
      await call(s.f.core, 'review.exit', { passphrase: STRONG_PASSPHRASE });
    });
  });
});
