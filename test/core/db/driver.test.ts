import { sql } from 'kysely';
import type { Generated, Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toSqlValue } from '../../../src-main/core/db/driver';
import { openTestDb } from '../../support/open-test-db';
import type { TestDb } from '../../support/open-test-db';

interface Db {
  item: { id: Generated<number>; name: string; flag: number; data: Uint8Array | null };
}

let t: TestDb;
let db: Kysely<Db>;

beforeEach(async () => {
  t = await openTestDb();
  db = t.open.db as unknown as Kysely<Db>;
  await db.schema
    .createTable('item')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('flag', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('data', 'blob')
    .execute();
});
afterEach(async () => {
  await t.cleanup();
});

describe('the Kysely driver for @signalapp/sqlcipher', () => {
  it('inserts with the insert id and affected rows, then selects', async () => {
    const first = await db.insertInto('item').values({ name: 'a', flag: 1 }).executeTakeFirst();
    expect(first.insertId).toBe(1n);
    expect(first.numInsertedOrUpdatedRows).toBe(1n);
    await db
      .insertInto('item')
      .values([
        { name: 'b', flag: 0 },
        { name: 'c', flag: 1 },
      ])
      .execute();
    const rows = await db
      .selectFrom('item')
      .select(['id', 'name'])
      .where('flag', '=', 1)
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { id: 1, name: 'a' },
      { id: 3, name: 'c' },
    ]);
  });

  it('reports affected rows for update and delete', async () => {
    await db
      .insertInto('item')
      .values([
        { name: 'a', flag: 0 },
        { name: 'b', flag: 0 },
        { name: 'c', flag: 1 },
      ])
      .execute();
    const updated = await db
      .updateTable('item')
      .set({ flag: 2 })
      .where('flag', '=', 0)
      .executeTakeFirst();
    expect(updated.numUpdatedRows).toBe(2n);
    const deleted = await db.deleteFrom('item').where('flag', '=', 2).executeTakeFirst();
    expect(deleted.numDeletedRows).toBe(2n);
    const none = await db.deleteFrom('item').where('name', '=', 'zzz').executeTakeFirst();
    expect(none.numDeletedRows).toBe(0n);
  });

  it('returns rows from insert, update and delete with returning', async () => {
    const inserted = await db
      .insertInto('item')
      .values({ name: 'x', flag: 5 })
      .returning(['id', 'name'])
      .executeTakeFirstOrThrow();
    expect(inserted).toEqual({ id: 1, name: 'x' });
    const updated = await db.updateTable('item').set({ flag: 6 }).returning('flag').execute();
    expect(updated).toEqual([{ flag: 6 }]);
    const deleted = await db.deleteFrom('item').returningAll().execute();
    expect(deleted).toEqual([{ id: 1, name: 'x', flag: 6, data: null }]);
  });

  it('binds booleans, bigints, dates and bytes, and round-trips bytes', async () => {
    expect(toSqlValue(true)).toBe(1);
    expect(toSqlValue(false)).toBe(0);
    expect(toSqlValue(7n)).toBe(7);
    expect(toSqlValue(undefined)).toBeNull();
    expect(toSqlValue(new Date(Date.UTC(2026, 0, 2)))).toBe('2026-01-02T00:00:00.000Z');
    expect(() => toSqlValue(2n ** 60n)).toThrow(RangeError);
    expect(() => toSqlValue({})).toThrow(TypeError);
    const bytes = new Uint8Array([0, 1, 2, 255]);
    await db.insertInto('item').values({ name: 'bin', flag: 0, data: bytes }).execute();
    const row = await db.selectFrom('item').select('data').executeTakeFirstOrThrow();
    expect(Array.from(row.data ?? [])).toEqual([0, 1, 2, 255]);
  });

  it('commits a transaction, and rolls back everything when it throws', async () => {
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('item').values({ name: 'kept', flag: 0 }).execute();
    });
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto('item').values({ name: 'lost', flag: 0 }).execute();
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    const names = await db.selectFrom('item').select('name').execute();
    expect(names).toEqual([{ name: 'kept' }]);
  });

  it('rolls back to a savepoint inside a controlled transaction', async () => {
    const trx = await db.startTransaction().execute();
    await trx.insertInto('item').values({ name: 'one', flag: 0 }).execute();
    const withSavepoint = await trx.savepoint('before_two').execute();
    await withSavepoint.insertInto('item').values({ name: 'two', flag: 0 }).execute();
    const back = await withSavepoint.rollbackToSavepoint('before_two').execute();
    const released = await back.savepoint('three').execute();
    await released.insertInto('item').values({ name: 'three', flag: 0 }).execute();
    await released.releaseSavepoint('three').execute();
    await trx.commit().execute();
    const names = await db.selectFrom('item').select('name').orderBy('id').execute();
    expect(names.map((n) => n.name)).toEqual(['one', 'three']);
  });

  it('surfaces SQLite errors with their code and keeps working afterwards', async () => {
    await db.insertInto('item').values({ name: 'dup', flag: 0 }).execute();
    await expect(
      db.insertInto('item').values({ name: 'dup', flag: 0 }).execute(),
    ).rejects.toMatchObject({
      code: 'SQLITE_CONSTRAINT_UNIQUE',
    });
    await expect(sql`SELECT * FROM missing_table`.execute(db)).rejects.toThrow(/no such table/);
    const count = await db
      .selectFrom('item')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(count.n).toBe(1);
  });

  it('runs concurrent transactions one after the other on the single connection', async () => {
    const order: string[] = [];
    await Promise.all(
      ['a', 'b', 'c'].map((name) =>
        db.transaction().execute(async (trx) => {
          order.push(`start ${name}`);
          await trx.insertInto('item').values({ name, flag: 0 }).execute();
          await new Promise((resolve) => setTimeout(resolve, 5));
          order.push(`end ${name}`);
        }),
      ),
    );
    expect(order).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('answers raw pragmas and selects through sql``', async () => {
    const { rows } = await sql<{ journal_mode: string }>`PRAGMA journal_mode`.execute(db);
    expect(rows).toEqual([{ journal_mode: 'wal' }]);
    const inserted = await sql`INSERT INTO item (name, flag) VALUES (${'raw'}, ${1})`.execute(db);
    expect(inserted.numAffectedRows).toBe(1n);
    expect(inserted.insertId).toBe(1n);
  });

  it('streams rows in chunks', async () => {
    await db
      .insertInto('item')
      .values(Array.from({ length: 25 }, (_, i) => ({ name: `n${i}`, flag: i })))
      .execute();
    const chunks: number[] = [];
    for await (const row of db.selectFrom('item').select('id').stream(10)) chunks.push(row.id);
    expect(chunks).toHaveLength(25);
  });
});
