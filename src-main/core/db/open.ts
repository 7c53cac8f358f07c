import { Database as SqlcipherDatabase, setLogger } from '@signalapp/sqlcipher';
import { Kysely } from 'kysely';
import type { Logger } from '../ports';
import { AppFailure } from '../failure';
import { SqlcipherDialect } from './driver';
import type { Database } from './schema';

export const DATABASE_FILE = 'alongside.db';

export interface OpenDatabase {
  db: Kysely<Database>;
  raw: SqlcipherDatabase;
  close(): Promise<void>;
}

let sqliteLogger: Logger | null = null;
setLogger((code) => {
  // SQLCipher's own messages name pages and codecs, never rows; keep only the code anyway.
  sqliteLogger?.warn('sqlcipher', { code });
});

/**
 * Opens (or creates) the encrypted database with the raw 256-bit data key: no KDF inside
 * SQLCipher, because the key is already the output of Argon2id and a random draw.
 */
export function openDatabase(file: string, dataKey: Buffer, logger: Logger): OpenDatabase {
  if (dataKey.length !== 32) throw new Error('The data key must be 32 bytes');
  sqliteLogger = logger;
  const raw = new SqlcipherDatabase(file, { cacheStatements: true });
  try {
    raw.pragma(`key = "x'${dataKey.toString('hex')}'"`);
    // Reading the schema is the first access that decrypts a page: a wrong key fails here.
    raw.prepare('SELECT count(*) AS n FROM sqlite_master').get();
  } catch (error) {
    raw.close();
    throw new AppFailure('DATABASE_DAMAGED', `The database could not be opened: ${codeOf(error)}`);
  }
  raw.pragma('journal_mode = WAL');
  // Case notes must survive a power cut: FULL syncs the WAL at every commit.
  raw.pragma('synchronous = FULL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('secure_delete = ON');
  raw.pragma('cache_size = -65536');
  // Sorting and temporary indexes stay in memory: SQLite's temp files would be plaintext.
  raw.pragma('temp_store = MEMORY');
  const db = new Kysely<Database>({ dialect: new SqlcipherDialect(raw) });
  return {
    db,
    raw,
    close: () => db.destroy(),
  };
}

function codeOf(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) return String(error.code);
  return 'unknown';
}
