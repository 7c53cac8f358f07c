import type { Kysely } from 'kysely';

/**
 * A step of the schema. Migrations are append-only: a released one is never edited, a change
 * is a new file with the next number, listed in ./index.ts.
 */
export interface Migration {
  version: number;
  name: string;
  up(db: Kysely<unknown>): Promise<void>;
}
