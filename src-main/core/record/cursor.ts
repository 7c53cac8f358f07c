import { sql } from 'kysely';
import type { RawBuilder } from 'kysely';
import { AppFailure } from '../failure';

/**
 * Keyset cursors: the sort key and seq of the last row of a page, opaque to the renderer.
 * A page after a cursor is one index seek away, however deep the list.
 */
export interface Keyset {
  key: string;
  seq: number;
}

export function encodeCursor(keyset: Keyset): string {
  return Buffer.from(JSON.stringify([keyset.key, keyset.seq]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): Keyset | null {
  if (!cursor) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && typeof value[0] === 'string' && Number.isInteger(value[1])) {
      return { key: value[0], seq: value[1] as number };
    }
  } catch {
    // fall through to the refusal below
  }
  throw new AppFailure('INVALID_INPUT', 'cursor: invalid');
}

/** Builds the page from `limit + 1` rows: the extra row only says whether there is more. */
export function pageFrom<Row, Item>(
  rows: Row[],
  limit: number,
  toItem: (row: Row) => Item,
  keysetOf: (row: Row) => Keyset,
): { items: Item[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toItem),
    nextCursor: rows.length > limit && last ? encodeCursor(keysetOf(last)) : null,
  };
}

export const DEFAULT_PAGE = 50;

/**
 * Rows strictly after the cursor in a (key DESC, seq DESC) order, written as a row-value
 * comparison so SQLite turns it into an index range instead of filtering every earlier row.
 */
export function beforeKeyset(column: string, after: Keyset): RawBuilder<boolean> {
  return sql<boolean>`(${sql.ref(column)}, seq) < (${after.key}, ${after.seq})`;
}
