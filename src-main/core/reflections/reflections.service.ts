import type { Kysely } from 'kysely';
import type { Reflection, ReflectionFields, ReflectionSummary } from '../../contract';
import { appendAudit } from '../audit/audit.service';
import type { Database } from '../db/schema';
import { AppFailure } from '../failure';
import { DEFAULT_PAGE, decodeCursor, pageFrom } from '../record/cursor';
import { nowIso } from '../record/deps';
import type { Db, RecordDeps } from '../record/deps';
import {
  deleteReflection,
  findReflection,
  insertReflection,
  listReflections,
  updateReflection,
} from './reflections.repo';
import type { ReflectionRow } from './reflections.repo';

/**
 * The worker's own journal: tied to no person, never part of a share. Saved in place (the
 * version history is a promise made to the person's notes, not to the journal).
 */
function toReflection(row: ReflectionRow): Reflection {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

async function requireReflection(db: Db, id: string): Promise<ReflectionRow> {
  const row = await findReflection(db, id);
  if (!row) throw new AppFailure('NOT_FOUND', 'No such reflection');
  return row;
}

export async function createReflection(
  db: Kysely<Database>,
  deps: RecordDeps,
  fields: ReflectionFields,
): Promise<Reflection> {
  const id = deps.newId();
  const now = nowIso(deps);
  return db.transaction().execute(async (trx) => {
    await insertReflection(trx, {
      id,
      title: fields.title,
      body: fields.body,
      created_at: now,
      updated_at: now,
    });
    await appendAudit(trx, deps, {
      action: 'reflection.created',
      detail: {},
      subject: { type: 'reflection', id },
    });
    return toReflection(await requireReflection(trx, id));
  });
}

export async function saveReflection(
  db: Kysely<Database>,
  deps: RecordDeps,
  id: string,
  fields: ReflectionFields,
): Promise<Reflection> {
  return db.transaction().execute(async (trx) => {
    const row = await requireReflection(trx, id);
    if (row.title === fields.title && row.body === fields.body) return toReflection(row);
    await updateReflection(trx, id, {
      title: fields.title,
      body: fields.body,
      updated_at: nowIso(deps),
    });
    await appendAudit(trx, deps, {
      action: 'reflection.saved',
      detail: {},
      subject: { type: 'reflection', id },
    });
    return toReflection(await requireReflection(trx, id));
  });
}

/** Removed with secure_delete on, index entries included (the FTS trigger deletes them). */
export async function removeReflection(
  db: Kysely<Database>,
  deps: RecordDeps,
  id: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await requireReflection(trx, id);
    await deleteReflection(trx, id);
    await appendAudit(trx, deps, {
      action: 'reflection.deleted',
      detail: {},
      subject: { type: 'reflection', id },
    });
  });
}

export async function getReflection(db: Kysely<Database>, id: string): Promise<Reflection> {
  return toReflection(await requireReflection(db, id));
}

function preview(body: string): string {
  const text = body.replace(/\s+/g, ' ').trim();
  return text.length > 140 ? `${text.slice(0, 139)}…` : text;
}

export async function pageReflections(
  db: Kysely<Database>,
  input: { cursor?: string | null; limit?: number },
): Promise<{ items: ReflectionSummary[]; nextCursor: string | null }> {
  const limit = input.limit ?? DEFAULT_PAGE;
  const rows = await listReflections(db, decodeCursor(input.cursor), limit);
  return pageFrom(
    rows,
    limit,
    (row) => ({
      id: row.id,
      title: row.title,
      preview: preview(row.body),
      updatedAt: row.updated_at,
    }),
    (row) => ({ key: row.updated_at, seq: row.seq }),
  );
}
