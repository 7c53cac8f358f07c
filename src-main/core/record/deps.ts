import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { Clock } from '../ports';

/** What the record services need besides the database: time and fresh ids, both injected. */
export interface RecordDeps {
  clock: Clock;
  newId: () => string;
}

export type Db = Kysely<Database> | Transaction<Database>;

export function nowIso(deps: RecordDeps): string {
  return new Date(deps.clock.now()).toISOString();
}
