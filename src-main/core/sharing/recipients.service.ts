import type { Kysely } from 'kysely';
import type { Recipient, RecipientFields } from '../../contract';
import { appendAudit } from '../audit/audit.service';
import type { Database } from '../db/schema';
import { AppFailure } from '../failure';
import { nowIso } from '../record/deps';
import type { Db, RecordDeps } from '../record/deps';
import { findRecipient, insertRecipient, listRecipients, updateRecipient } from './recipients.repo';
import type { RecipientRow } from './recipients.repo';

export function toRecipient(row: RecipientRow): Recipient {
  return {
    id: row.id,
    name: row.name,
    organisation: row.organisation,
    role: row.role,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
}

/** The recipient as the person reads it on the review screen: "name, role, organisation". */
export function recipientLabel(row: Pick<RecipientRow, 'name' | 'organisation' | 'role'>): string {
  return [row.name, row.role, row.organisation].filter((part) => part.trim() !== '').join(', ');
}

export async function requireRecipient(db: Db, id: string): Promise<RecipientRow> {
  const row = await findRecipient(db, id);
  if (!row) throw new AppFailure('NOT_FOUND', 'No such recipient');
  return row;
}

export async function pageRecipients(
  db: Kysely<Database>,
  includeArchived: boolean,
): Promise<Recipient[]> {
  return (await listRecipients(db, includeArchived)).map(toRecipient);
}

export async function createRecipient(
  db: Kysely<Database>,
  deps: RecordDeps,
  fields: RecipientFields,
): Promise<Recipient> {
  const id = deps.newId();
  const now = nowIso(deps);
  return db.transaction().execute(async (trx) => {
    await insertRecipient(trx, {
      id,
      ...fields,
      created_at: now,
      updated_at: now,
      archived_at: null,
    });
    await appendAudit(trx, deps, {
      action: 'recipient.created',
      detail: {},
      subject: { type: 'recipient', id },
    });
    return toRecipient(await requireRecipient(trx, id));
  });
}

/**
 * A renamed recipient changes what every share for them would carry, so consents given for the
 * old name no longer match at release (the canonical form holds the recipient's details).
 */
export async function updateRecipientFields(
  db: Kysely<Database>,
  deps: RecordDeps,
  id: string,
  fields: RecipientFields,
): Promise<Recipient> {
  return db.transaction().execute(async (trx) => {
    const row = await requireRecipient(trx, id);
    if (
      row.name === fields.name &&
      row.organisation === fields.organisation &&
      row.role === fields.role
    ) {
      return toRecipient(row);
    }
    await updateRecipient(trx, id, { ...fields, updated_at: nowIso(deps) });
    await appendAudit(trx, deps, {
      action: 'recipient.updated',
      detail: {},
      subject: { type: 'recipient', id },
    });
    return toRecipient(await requireRecipient(trx, id));
  });
}

export async function setRecipientArchived(
  db: Kysely<Database>,
  deps: RecordDeps,
  id: string,
  archived: boolean,
): Promise<Recipient> {
  return db.transaction().execute(async (trx) => {
    const row = await requireRecipient(trx, id);
    if ((row.archived_at !== null) === archived) return toRecipient(row);
    const now = nowIso(deps);
    await updateRecipient(trx, id, { archived_at: archived ? now : null, updated_at: now });
    await appendAudit(trx, deps, {
      action: archived ? 'recipient.archived' : 'recipient.unarchived',
      detail: {},
      subject: { type: 'recipient', id },
    });
    return toRecipient(await requireRecipient(trx, id));
  });
}
