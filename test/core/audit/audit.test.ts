import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditDetails } from '../../../src-main/core/audit/actions';
import { appendAudit, verifyAudit } from '../../../src-main/core/audit/audit.service';
import { GENESIS_HASH, linkHash } from '../../../src-main/core/audit/chain';
import { migrate } from '../../../src-main/core/db/migrate';
import type { Database } from '../../../src-main/core/db/schema';
import { FakeClock } from '../../support/fake-clock';
import { openTestDb } from '../../support/open-test-db';
import type { TestDb } from '../../support/open-test-db';

let t: TestDb;
let db: Kysely<Database>;
let n = 0;
const deps = { clock: new FakeClock(), newId: () => `event-${++n}` };

beforeEach(async () => {
  t = await openTestDb();
  db = t.open.db;
  await migrate(db as unknown as Kysely<unknown>);
  for (const reason of ['manual', 'idle', 'suspend', 'screen_lock', 'quit'] as const) {
    await db
      .transaction()
      .execute((trx) => appendAudit(trx, deps, { action: 'vault.locked', detail: { reason } }));
  }
});
afterEach(async () => {
  await t.cleanup();
});

/** What someone holding the key could do: drop the guard triggers, then change rows. */
async function tamper(statement: ReturnType<typeof sql>): Promise<void> {
  await sql`DROP TRIGGER audit_events_no_update`.execute(db);
  await sql`DROP TRIGGER audit_events_no_delete`.execute(db);
  await statement.execute(db);
}

describe('the audit chain', () => {
  it('links each event to the one before, from the genesis hash', async () => {
    const rows = await db.selectFrom('audit_events').selectAll().orderBy('seq').execute();
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(rows[0]?.prev_hash).toBe(GENESIS_HASH);
    for (let i = 1; i < rows.length; i += 1) expect(rows[i]?.prev_hash).toBe(rows[i - 1]?.hash);
    for (const row of rows) expect(linkHash(row)).toBe(row.hash);
    expect(await verifyAudit(db)).toEqual({ intact: true, count: 5 });
  });

  it('verifies across pages', async () => {
    expect(await verifyAudit(db, 2)).toEqual({ intact: true, count: 5 });
  });

  it('names the first broken link when a row is edited', async () => {
    await tamper(sql`UPDATE audit_events SET detail = '{"reason":"idle"}' WHERE seq = 3`);
    expect(await verifyAudit(db)).toEqual({
      intact: false,
      count: 2,
      firstBroken: { seq: 3, problem: 'edited' },
    });
  });

  it('names the first broken link when a row is deleted', async () => {
    await tamper(sql`DELETE FROM audit_events WHERE seq = 2`);
    expect(await verifyAudit(db)).toEqual({
      intact: false,
      count: 1,
      firstBroken: { seq: 2, problem: 'missing' },
    });
  });

  it('names the first broken link when a row is deleted and the rest renumbered', async () => {
    await tamper(sql`DELETE FROM audit_events WHERE seq = 2`);
    await sql`UPDATE audit_events SET seq = seq - 1 WHERE seq > 2`.execute(db);
    expect(await verifyAudit(db)).toEqual({
      intact: false,
      count: 1,
      firstBroken: { seq: 2, problem: 'broken_link' },
    });
  });

  it('names the first broken link when two rows are swapped', async () => {
    await tamper(sql`UPDATE audit_events SET seq = -1 WHERE seq = 2`);
    await sql`UPDATE audit_events SET seq = 2 WHERE seq = 4`.execute(db);
    await sql`UPDATE audit_events SET seq = 4 WHERE seq = -1`.execute(db);
    expect(await verifyAudit(db)).toEqual({
      intact: false,
      count: 1,
      firstBroken: { seq: 2, problem: 'broken_link' },
    });
  });

  it('refuses a detail that is not in the action’s schema, so content cannot slip in', async () => {
    await expect(
      db.transaction().execute((trx) =>
        appendAudit(trx, deps, {
          action: 'vault.created',
          detail: { note: 'the person said…' } as unknown as Record<string, never>,
        }),
      ),
    ).rejects.toThrow();
    for (const [action, schema] of Object.entries(auditDetails)) {
      for (const [key, field] of Object.entries(schema.shape)) {
        const def = (
          field as {
            def: {
              type: string;
              format?: string;
              innerType?: { def: { type: string; format?: string } };
            };
          }
        ).def;
        const inner = def.type === 'optional' && def.innerType ? def.innerType.def : def;
        // Details hold codes, counts, enums and record ids: no free text anywhere.
        const allowed = inner.type !== 'string' || inner.format === 'uuid';
        expect(allowed, `${action}.${key} is free text`).toBe(true);
      }
    }
  });

  it('is written in the same transaction as the change: a rollback removes both', async () => {
    await expect(
      db.transaction().execute(async (trx) => {
        await appendAudit(trx, deps, { action: 'vault.created', detail: {} });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await verifyAudit(db)).toEqual({ intact: true, count: 5 });
  });
});
