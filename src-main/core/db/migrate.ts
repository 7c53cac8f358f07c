import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { AppFailure } from '../failure';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/migration';

export async function schemaVersion(db: Kysely<unknown>): Promise<number> {
  const { rows } = await sql<{ user_version: number }>`PRAGMA user_version`.execute(db);
  return rows[0]?.user_version ?? 0;
}

/**
 * Brings the database up to the newest schema, one migration per transaction, each recording
 * its number in `user_version` inside that same transaction. A database written by a newer
 * Alongside is refused untouched rather than half understood.
 */
export async function migrate(
  db: Kysely<unknown>,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<{ from: number; to: number }> {
  checkSequence(migrations);
  const latest = migrations.length;
  const from = await schemaVersion(db);
  if (from > latest) {
    throw new AppFailure(
      'DATABASE_NEWER',
      `Database schema ${from} is newer than this app's schema ${latest}`,
    );
  }
  for (const migration of migrations.slice(from)) {
    await db.transaction().execute(async (trx) => {
      await migration.up(trx);
      await sql.raw(`PRAGMA user_version = ${migration.version}`).execute(trx);
    });
  }
  return { from, to: latest };
}

function checkSequence(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `Migration ${migration.name} is numbered ${migration.version}, expected ${index + 1}`,
      );
    }
  });
}
