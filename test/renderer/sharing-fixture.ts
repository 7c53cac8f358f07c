import type { Recipient, Share } from '../../src-main/contract';
import { newNoteFields } from '../../src-renderer/src/features/notes/queries';
import type { FakeCoreOptions } from './fake-bridge';
import { renderApp } from './render-app';

export const NOTE_TEXT =
  'We talked about finding a quieter place to live, close to the river and the library.';
export const OTHER_NAME = 'Zephyrine Quarterfield';
export const OTHER_NOTE = 'Zephyrine talked about her brother visiting from Halifax.';

/** Sam with one note, another person with a distinctive name, and one recipient. */
export async function sharingApp(options: FakeCoreOptions = {}) {
  let personId = '';
  let otherId = '';
  const app = renderApp({
    ...options,
    state: 'unlocked',
    seed: (record) => {
      personId = record.addPerson({ preferredName: 'Sam', pronouns: 'she/her' }).id;
      otherId = record.addPerson({ preferredName: OTHER_NAME }).id;
    },
  });
  const note = await app.core.invoke('notes.create', {
    personId,
    fields: { ...newNoteFields(new Date('2026-11-20T15:00:00Z')), talkedAbout: NOTE_TEXT },
  });
  const other = await app.core.invoke('notes.create', {
    personId: otherId,
    fields: { ...newNoteFields(), talkedAbout: OTHER_NOTE },
  });
  if (!note.ok || !other.ok) throw new Error('Seeding the notes failed.');
  const recipient: Recipient = app.core.sharing.addRecipient({
    name: 'Dr Amira Haddad',
    role: 'Family doctor',
    organisation: 'Riverside Clinic',
  });
  const addShare = (body = 'Sam is looking for housing support.'): Share =>
    app.core.sharing.addShare(personId, {
      recipientId: recipient.id,
      purpose: 'Help with a housing application',
      body,
      quotes: [{ noteId: note.value.id, text: 'a quieter place to live' }],
    });
  return { ...app, personId, otherId, noteId: note.value.id, recipient, addShare };
}

/** Gives the share an active consent, as a finished review would. */
export function approve(
  app: Awaited<ReturnType<typeof sharingApp>>,
  shareId: string,
  format: 'pdf' | 'fhir_json' = 'pdf',
) {
  const { handlers } = app.core.sharing;
  const steps = [
    handlers['review.start']({ shareId, language: 'en' }),
    handlers['review.approve']({
      typedName: 'Sam',
      statementsVersion: 'statements-v1',
      confirmedStatements: ['can-withdraw', 'support-stays', 'recipient-keeps'],
      format,
      method: 'side_by_side',
      expiresInDays: 30,
    }),
    handlers['review.exit']({ passphrase: app.core.passphrase }),
  ];
  for (const step of steps) {
    if (step instanceof Promise || !step.ok) throw new Error('Approving in the fake failed.');
  }
}
