import type { Database as SqlcipherDatabase } from '@signalapp/sqlcipher';
import {
  CompiledQuery,
  IdentifierNode,
  RawNode,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  createQueryId,
} from 'kysely';
import type {
  DatabaseConnection,
  DatabaseIntrospector,
  Dialect,
  DialectAdapter,
  Driver,
  Kysely,
  QueryCompiler,
  QueryResult,
} from 'kysely';
import { statementReturnsRows } from './returns-rows';

/**
 * Kysely over @signalapp/sqlcipher. The addon is synchronous and has one connection, so the
 * driver hands that connection to one caller at a time: a transaction holds it until it ends.
 */
export class SqlcipherDialect implements Dialect {
  readonly #database: SqlcipherDatabase;

  constructor(database: SqlcipherDatabase) {
    this.#database = database;
  }

  createAdapter(): DialectAdapter {
    return new SqliteAdapter();
  }

  createDriver(): Driver {
    return new SqlcipherDriver(this.#database);
  }

  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }

  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }
}

type SqlValue = string | number | null | Uint8Array<ArrayBuffer>;

/** Kysely passes JavaScript values; the addon binds only these SQLite types. */
export function toSqlValue(value: unknown): SqlValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'bigint') {
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw new RangeError('Integer parameter is outside the safe range');
    }
    return Number(value);
  }
  if (value instanceof Uint8Array) return new Uint8Array(value);
  if (value instanceof Date) return value.toISOString();
  throw new TypeError(`Cannot bind a parameter of type ${typeof value}`);
}

class SqlcipherConnection implements DatabaseConnection {
  readonly #database: SqlcipherDatabase;

  constructor(database: SqlcipherDatabase) {
    this.#database = database;
  }

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const statement = this.#database.prepare(compiled.sql);
    const parameters = compiled.parameters.map(toSqlValue);
    if (statementReturnsRows(compiled)) {
      return { rows: statement.all(parameters) as R[] };
    }
    const { changes, lastInsertRowid } = statement.run(parameters);
    return {
      rows: [],
      numAffectedRows: BigInt(changes),
      insertId: BigInt(lastInsertRowid),
    };
  }

  /** The addon has no row iterator: the rows are read at once, then handed out in chunks. */
  async *streamQuery<R>(
    compiled: CompiledQuery,
    chunkSize = 100,
  ): AsyncIterableIterator<QueryResult<R>> {
    const { rows } = await this.executeQuery<R>(compiled);
    for (let i = 0; i < rows.length; i += chunkSize) {
      yield { rows: rows.slice(i, i + chunkSize) };
    }
  }
}

/** A promise-chain mutex: Kysely may ask for the connection from several async callers. */
class ConnectionGate {
  #tail: Promise<void> = Promise.resolve();
  #release: (() => void) | null = null;

  async enter(): Promise<void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => (release = resolve));
    const previous = this.#tail;
    this.#tail = previous.then(() => next);
    await previous;
    this.#release = release;
  }

  leave(): void {
    const release = this.#release;
    this.#release = null;
    release?.();
  }
}

class SqlcipherDriver implements Driver {
  readonly #database: SqlcipherDatabase;
  readonly #connection: SqlcipherConnection;
  readonly #gate = new ConnectionGate();

  constructor(database: SqlcipherDatabase) {
    this.#database = database;
    this.#connection = new SqlcipherConnection(database);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#gate.enter();
    return this.#connection;
  }

  async releaseConnection(): Promise<void> {
    this.#gate.leave();
  }

  // IMMEDIATE takes the write lock at the start, so a transaction never fails half way with BUSY.
  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('BEGIN IMMEDIATE'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('COMMIT'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('ROLLBACK'));
  }

  async savepoint(
    connection: DatabaseConnection,
    name: string,
    compile: QueryCompiler['compileQuery'],
  ): Promise<void> {
    await connection.executeQuery(compile(savepointCommand('SAVEPOINT', name), createQueryId()));
  }

  async rollbackToSavepoint(
    connection: DatabaseConnection,
    name: string,
    compile: QueryCompiler['compileQuery'],
  ): Promise<void> {
    await connection.executeQuery(compile(savepointCommand('ROLLBACK TO', name), createQueryId()));
  }

  async releaseSavepoint(
    connection: DatabaseConnection,
    name: string,
    compile: QueryCompiler['compileQuery'],
  ): Promise<void> {
    await connection.executeQuery(compile(savepointCommand('RELEASE', name), createQueryId()));
  }

  /** The vault owns the database handle's life; destroying the Kysely instance closes it. */
  async destroy(): Promise<void> {
    this.#database.close();
  }
}

function savepointCommand(command: string, name: string): RawNode {
  return RawNode.createWithChildren([
    RawNode.createWithSql(`${command} `),
    IdentifierNode.create(name),
  ]);
}
