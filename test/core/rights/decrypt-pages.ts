import { createDecipheriv } from 'node:crypto';
import { readFile } from 'node:fs/promises';

/**
 * Reads SQLCipher 4 pages back to plaintext with the raw data key, written from SQLCipher's
 * documented defaults (4096-byte pages, AES-256-CBC, a 16-byte salt opening page 1, and a
 * reserve of 16 bytes of IV then a 64-byte HMAC at the end of each page). Free pages and old
 * copies are decrypted too: what a thief with the key could read, not only what SQL shows.
 */
const PAGE = 4096;
const RESERVE = 80;
const SALT = 16;

function decryptPage(page: Buffer, key: Buffer, first: boolean): Buffer {
  const start = first ? SALT : 0;
  const iv = page.subarray(PAGE - RESERVE, PAGE - RESERVE + 16);
  const decipher = createDecipheriv('aes-256-cbc', key, iv);
  decipher.setAutoPadding(false);
  return Buffer.concat([decipher.update(page.subarray(start, PAGE - RESERVE)), decipher.final()]);
}

export function decryptDatabase(bytes: Buffer, key: Buffer): Buffer[] {
  const pages: Buffer[] = [];
  for (let offset = 0; offset + PAGE <= bytes.length; offset += PAGE) {
    pages.push(decryptPage(bytes.subarray(offset, offset + PAGE), key, offset === 0));
  }
  return pages;
}

/** A WAL file: a 32-byte header, then frames of a 24-byte header and one encrypted page. */
export function decryptWal(bytes: Buffer, key: Buffer): Buffer[] {
  const pages: Buffer[] = [];
  for (let offset = 32; offset + 24 + PAGE <= bytes.length; offset += 24 + PAGE) {
    const pageNumber = bytes.readUInt32BE(offset);
    const page = bytes.subarray(offset + 24, offset + 24 + PAGE);
    pages.push(decryptPage(page, key, pageNumber === 1));
  }
  return pages;
}

export async function readIfPresent(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch {
    return Buffer.alloc(0);
  }
}
