import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type {
  ApproveInput,
  Note,
  Person,
  Recipient,
  ReleaseFormat,
  Share,
  ShareFields,
} from '../../../src-main/contract';
import { DEFAULT_POLICY } from '../../../src-main/core/policy/effective';
import type { EffectivePolicy } from '../../../src-main/core/policy/effective';
import type { SaveFilePort } from '../../../src-main/core/ports';
import { STATEMENTS_VERSION, STATEMENT_IDS } from '../../../src-main/core/sharing/statements';
import type { CoreFixture } from '../../support/core-fixture';
import { STRONG_PASSPHRASE, call, makeCore } from '../../support/core-fixture';
import { noteFields, personFields, value } from '../../support/record-fixture';
import { makeTempDir } from '../../support/temp-dir';

/**
 * Stands in for the save dialog: writes into a folder of the test's own, or answers "cancelled"
 * when told to, and remembers every file it wrote. Like the app, it writes only once the core's
 * last check (`beforeWrite`) has passed.
 */
export class FolderSaver {
  readonly dir: string;
  cancelNext = false;
  /** Runs once, while the dialog is "open": after the choice, before the core's last check. */
  whileDialogOpen: (() => Promise<void>) | null = null;
  /** Every time the port was asked, saved or not. */
  calls = 0;
  readonly files: Array<{ fileName: string; bytes: Uint8Array }> = [];

  constructor(dir: string) {
    this.dir = dir;
  }

  readonly port: SaveFilePort = async (request, beforeWrite) => {
    this.calls += 1;
    if (this.cancelNext) {
      this.cancelNext = false;
      return { saved: false };
    }
    const meanwhile = this.whileDialogOpen;
    this.whileDialogOpen = null;
    await meanwhile?.();
    if (!(await beforeWrite())) return { saved: false };
    await mkdir(this.dir, { recursive: true });
    const fileName = `${this.files.length + 1}-${request.suggestedName}`;
    await writeFile(join(this.dir, fileName), request.bytes);
    this.files.push({ fileName, bytes: request.bytes });
    return { saved: true, fileName };
  };

  async written(): Promise<string[]> {
    try {
      return await readdir(this.dir);
    } catch {
      return [];
    }
  }
}

export interface SharingFixture {
  f: CoreFixture;
  saver: FolderSaver;
  /** The policy in force; tests change it to see a release refused by a newer rule. */
  policy: { current: EffectivePolicy };
  person: Person;
  note: Note;
  recipient: Recipient;
  cleanup(): Promise<void>;
}

export const QUOTE = 'I want my hands in the soil again.';

export async function makeSharingCore(): Promise<SharingFixture> {
  const policy = { current: DEFAULT_POLICY };
  const released = await makeTempDir('alongside-released-');
  const saver = new FolderSaver(released.path);
  const f = await makeCore({ saveFile: saver.port, policy: () => policy.current });
  await call(f.core, 'vault.create', { passphrase: STRONG_PASSPHRASE });
  const person = await value<Person>(f, 'people.create', personFields());
  const note = await value<Note>(f, 'notes.create', { personId: person.id, fields: noteFields() });
  const recipient = await value<Recipient>(f, 'recipients.create', {
    name: 'Dr Amina Lee',
    organisation: 'Eastside Health Centre',
    role: 'Family doctor',
  });
  return {
    f,
    saver,
    policy,
    person,
    note,
    recipient,
    async cleanup() {
      await f.cleanup();
      await released.remove();
    },
  };
}

export function shareFields(s: SharingFixture, overrides: Partial<ShareFields> = {}): ShareFields {
  return {
    recipientId: s.recipient.id,
    purpose: 'So Dr Lee knows how the garden plan is going',
    body: 'Robin has been planning a return to the community garden.',
    quotes: [{ noteId: s.note.id, text: QUOTE }],
    ...overrides,
  };
}

export async function createShare(
  s: SharingFixture,
  overrides: Partial<ShareFields> = {},
): Promise<Share> {
  return value<Share>(s.f, 'shares.create', {
    personId: s.person.id,
    fields: shareFields(s, overrides),
  });
}

export function approval(overrides: Partial<ApproveInput> = {}): ApproveInput {
  return {
    typedName: 'Robin',
    statementsVersion: STATEMENTS_VERSION,
    confirmedStatements: [...STATEMENT_IDS],
    format: 'pdf',
    method: 'side_by_side',
    expiresInDays: 30,
    ...overrides,
  };
}

/** The whole side-by-side review: start, the person's yes, the worker's passphrase to leave. */
export async function approveShare(
  s: SharingFixture,
  shareId: string,
  format: ReleaseFormat = 'pdf',
  days = 30,
): Promise<void> {
  await call(s.f.core, 'review.start', { shareId, language: 'en' });
  await call(s.f.core, 'review.approve', approval({ format, expiresInDays: days }));
  await call(s.f.core, 'review.exit', { passphrase: STRONG_PASSPHRASE });
}

export async function declineShare(s: SharingFixture, shareId: string): Promise<void> {
  await call(s.f.core, 'review.start', { shareId, language: 'en' });
  await call(s.f.core, 'review.decline', { method: 'side_by_side', language: 'en' });
  await call(s.f.core, 'review.exit', { passphrase: STRONG_PASSPHRASE });
}

export async function errorCode(
  s: SharingFixture,
  channel: string,
  input: unknown,
): Promise<string | null> {
  const result = await s.f.core.dispatch(channel, input);
  return result.ok ? null : result.error.code;
}

export async function auditActions(
  s: SharingFixture,
): Promise<Array<{ action: string; detail: string; subject_id: string | null }>> {
  return s.f.core.vault
    .database()
    .selectFrom('audit_events')
    .select(['action', 'detail', 'subject_id'])
    .orderBy('seq')
    .execute();
}

export function shareInput(share: Share): { id: string; fields: ShareFields } {
  return {
    id: share.id,
    fields: {
      recipientId: share.recipient.id,
      purpose: share.purpose,
      body: share.body,
      quotes: share.quotes.map((quote) => ({ noteId: quote.noteId, text: quote.text })),
    },
  };
}
