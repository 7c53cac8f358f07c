import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { createCore } from '../../src-main/core/app';
import { migrate } from '../../src-main/core/db/migrate';
import { openDatabase } from '../../src-main/core/db/open';
import { pagePeople } from '../../src-main/core/people/people.service';
import { silentLogger } from '../../src-main/core/ports';
import { readEnvelope, unwrapKey } from '../../src-main/core/vault/envelope';
import { deriveKek } from '../../src-main/core/vault/kdf';
import { makeTempDir } from '../support/temp-dir';
import type { Metric } from './run';

const RUNS = 7;
const PASSPHRASE = 'otter lantern quietly folds maps';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length / 2)] ?? 0) * 10) / 10;
}

/**
 * Unlock at the production Argon2id cost, split into its three parts:
 * the key derivation, opening the database (key check, pragmas, migrations), the first query.
 */
export async function benchUnlock(): Promise<Record<string, Metric>> {
  const dir = await makeTempDir('alongside-bench-');
  try {
    const core = createCore({ dataDir: dir.path, logger: silentLogger, idleCheckIntervalMs: 0 });
    const createStart = performance.now();
    const created = await core.dispatch('vault.create', { passphrase: PASSPHRASE });
    const createMs = performance.now() - createStart;
    if (!created.ok) throw new Error(created.error.code);
    await core.close();

    const envelope = await readEnvelope(join(dir.path, 'vault.json'));
    if (!envelope) throw new Error('no envelope');
    const slot = envelope.slots.passphrase;
    const kdf: number[] = [];
    const open: number[] = [];
    const first: number[] = [];
    const total: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const t0 = performance.now();
      const kek = await deriveKek(PASSPHRASE, Buffer.from(slot.salt, 'base64'), slot.kdf);
      const key = unwrapKey(slot, kek, 'passphrase');
      const t1 = performance.now();
      if (!key) throw new Error('unwrap failed');
      const database = openDatabase(join(dir.path, 'alongside.db'), key, silentLogger);
      await migrate(database.db as unknown as Kysely<unknown>);
      const t2 = performance.now();
      await pagePeople(database.db, { limit: 50 });
      const t3 = performance.now();
      await database.close();
      kdf.push(t1 - t0);
      open.push(t2 - t1);
      first.push(t3 - t2);
      total.push(t3 - t0);
    }

    // The whole path through the router, as the app does it, for comparison.
    const routed: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      const again = createCore({ dataDir: dir.path, logger: silentLogger, idleCheckIntervalMs: 0 });
      const t0 = performance.now();
      const result = await again.dispatch('vault.unlock', { passphrase: PASSPHRASE });
      routed.push(performance.now() - t0);
      if (!result.ok) throw new Error(result.error.code);
      await again.close();
    }
    return {
      create_vault_ms: {
        value: Math.round(createMs),
        unit: 'ms',
        note: 'two Argon2id slots + new database',
      },
      unlock_kdf_ms: {
        value: median(kdf),
        unit: 'ms',
        note: `Argon2id m=${slot.kdf.memoryKiB / 1024}MiB t=${slot.kdf.iterations} p=${slot.kdf.parallelism}, median of ${RUNS}`,
      },
      unlock_open_ms: {
        value: median(open),
        unit: 'ms',
        note: 'SQLCipher key check + pragmas + migrations',
      },
      unlock_first_query_ms: { value: median(first), unit: 'ms', note: 'first page of 50 people' },
      unlock_ms: {
        value: median(total),
        unit: 'ms',
        note: 'KDF + open + first people page, median',
      },
      unlock_via_router_ms: {
        value: median(routed),
        unit: 'ms',
        note: `vault.unlock end to end incl. audit write, median of ${routed.length}`,
      },
    };
  } finally {
    await dir.remove();
  }
}
