import type { Kysely } from 'kysely';
import type { EventName } from '../contract';
import type { Database } from './db/schema';
import type { EffectivePolicy } from './policy/effective';
import type { Clock, Logger, SaveFilePort } from './ports';
import type { RecordDeps } from './record/deps';
import type { VaultService } from './vault/vault.service';

/**
 * What each area's handlers are built from. Made once by createCore; the database getter throws
 * LOCKED when the vault is closed (the router refuses first, this is the second line).
 */
export interface CoreContext {
  db: () => Kysely<Database>;
  deps: RecordDeps;
  clock: Clock;
  logger: Logger;
  vault: VaultService;
  /** Only core/sharing/release.ts may be handed this (see test/core/one-way-out.test.ts). */
  saveFile: SaveFilePort;
  policy: () => EffectivePolicy;
  emit: (name: EventName, payload: unknown) => void;
  dataDir: string;
}
