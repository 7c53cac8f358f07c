import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { openDatabase } from '../../src-main/core/db/open';
import type { OpenDatabase } from '../../src-main/core/db/open';
import { MemoryLogger } from './core-fixture';
import { makeTempDir } from './temp-dir';

export interface TestDb {
  open: OpenDatabase;
  file: string;
  dir: string;
  key: Buffer;
  logger: MemoryLogger;
  cleanup(): Promise<void>;
}

/** A real SQLCipher file in a temp folder, opened with a random key. */
export async function openTestDb(): Promise<TestDb> {
  const dir = await makeTempDir('alongside-db-');
  const key = randomBytes(32);
  const file = join(dir.path, 'alongside.db');
  const logger = new MemoryLogger();
  const open = openDatabase(file, Buffer.from(key), logger);
  return {
    open,
    file,
    dir: dir.path,
    key,
    logger,
    async cleanup() {
      await open.close().catch(() => undefined);
      await dir.remove();
    },
  };
}
