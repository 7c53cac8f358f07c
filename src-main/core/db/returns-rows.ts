import type { CompiledQuery, RootOperationNode } from 'kysely';

const ROW_SQL = /^\s*(select|with|pragma|values|explain)\b/i;
const RETURNING = /\breturning\b/i;

/**
 * The addon cannot say whether a statement yields rows, and `run()` is the only way to learn how
 * many rows changed, so the choice is made from what Kysely built.
 */
export function statementReturnsRows(compiled: CompiledQuery): boolean {
  const node: RootOperationNode = compiled.query;
  switch (node.kind) {
    case 'SelectQueryNode':
      return true;
    case 'InsertQueryNode':
    case 'UpdateQueryNode':
    case 'DeleteQueryNode':
    case 'MergeQueryNode':
      return node.returning !== undefined;
    default:
      return ROW_SQL.test(compiled.sql) || RETURNING.test(compiled.sql);
  }
}
