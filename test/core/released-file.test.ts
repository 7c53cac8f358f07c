import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAVE_FILTERS, writeReleasedFile } from '../../src-main/electron/released-file';
import { makeTempDir } from '../support/temp-dir';

describe('writeReleasedFile', () => {
  let dir: { path: string; remove: () => Promise<void> };

  beforeEach(async () => {
    dir = await makeTempDir('alongside-release-');
  });

  afterEach(async () => {
    await dir.remove();
  });

  const bytes = new Uint8Array(Buffer.from('%PDF-1.3\nthe approved share, é\n', 'utf8'));

  it('writes exactly the bytes, readable by the owner only, with nothing left beside them', async () => {
    const file = join(dir.path, 'share.pdf');
    await writeReleasedFile(file, bytes);
    expect(Buffer.from(await readFile(file)).equals(Buffer.from(bytes))).toBe(true);
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readdir(dir.path)).toEqual(['share.pdf']);
  });

  it('accepts the longest name a folder allows', async () => {
    const file = join(dir.path, `${'n'.repeat(251)}.pdf`);
    await writeReleasedFile(file, bytes);
    expect(await readdir(dir.path)).toEqual([`${'n'.repeat(251)}.pdf`]);
  });

  it('replaces a file the worker chose to overwrite, whole', async () => {
    const file = join(dir.path, 'share.pdf');
    await writeFile(file, 'x'.repeat(10_000), { mode: 0o644 });
    await writeReleasedFile(file, bytes);
    expect(Buffer.from(await readFile(file)).equals(Buffer.from(bytes))).toBe(true);
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('leaves no partial file when the write cannot finish', async () => {
    // A folder where the file should go: the final rename fails after the bytes were written.
    const blocked = join(dir.path, 'share.pdf');
    await mkdir(blocked);
    await writeFile(join(blocked, 'inside.txt'), 'keep');
    await expect(writeReleasedFile(blocked, bytes)).rejects.toThrow();
    expect(await readdir(dir.path)).toEqual(['share.pdf']);
    expect(await readdir(blocked)).toEqual(['inside.txt']);

    await expect(writeReleasedFile(join(dir.path, 'gone', 'share.pdf'), bytes)).rejects.toThrow();
    expect(await readdir(dir.path)).toEqual(['share.pdf']);
  });

  it('offers one filter per kind of file', () => {
    expect(SAVE_FILTERS.pdf.extensions).toEqual(['pdf']);
    expect(SAVE_FILTERS.json.extensions).toEqual(['json']);
    expect(SAVE_FILTERS.csv.extensions).toEqual(['csv']);
  });
});
