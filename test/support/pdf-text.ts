import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { makeTempDir } from './temp-dir';

const run = promisify(execFile);

/**
 * Reads PDFs with Debian's poppler-utils (`pdftotext`, `pdfinfo`; installed by .ci/run): an
 * independent reader, so a test checks what a recipient's viewer would show, not what we meant
 * to write.
 */
async function withPdfFile<T>(bytes: Uint8Array, read: (file: string) => Promise<T>): Promise<T> {
  const dir = await makeTempDir('alongside-pdf-');
  try {
    const file = join(dir.path, 'document.pdf');
    await writeFile(file, bytes);
    return await read(file);
  } finally {
    await dir.remove();
  }
}

/** `layout` keeps columns; `raw` keeps the order the text was drawn in. */
export function pdfText(bytes: Uint8Array, mode: 'layout' | 'raw' = 'raw'): Promise<string> {
  return withPdfFile(bytes, async (file) => {
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', `-${mode}`, file, '-'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  });
}

/** The document information `pdfinfo -isodates` reports, e.g. `{ Title, CreationDate, Pages }`. */
export function pdfInfo(bytes: Uint8Array): Promise<Record<string, string>> {
  return withPdfFile(bytes, async (file) => {
    const { stdout } = await run('pdfinfo', ['-enc', 'UTF-8', '-isodates', file], {
      encoding: 'utf8',
    });
    const info: Record<string, string> = {};
    for (const line of stdout.split('\n')) {
      const match = /^([A-Za-z ]+):\s+(.*)$/.exec(line);
      if (match?.[1] !== undefined && match[2] !== undefined) info[match[1]] = match[2];
    }
    return info;
  });
}

/**
 * Only what layout changes: runs of whitespace (line wrapping, page breaks, indents, no-break
 * spaces) become one space, and the ends are trimmed. Every other character must match.
 */
export function normalisePdfText(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
