import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ShareFields } from '../../src-main/contract';
import { newNoteFields } from '../../src-renderer/src/features/notes/queries';
import { approve, NOTE_TEXT, sharingApp } from './sharing-fixture';

const SAVED = /^Saved at \d{1,2}:\d{2}/;

describe('recipients', () => {
  it('adds, edits and archives a named recipient, and says what is missing', async () => {
    const { user, core } = await sharingApp();
    window.location.hash = '#/recipients';
    await screen.findByRole('heading', { level: 1, name: 'Recipients' });
    const list = await screen.findByRole('list', { name: 'Recipients' });
    expect(within(list).getByText('Dr Amira Haddad')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add recipient' }));
    expect(screen.getByText('Please write the name of the person or team.')).toBeInTheDocument();
    expect(screen.getByText('Please write where they work.')).toBeInTheDocument();
    expect(core.callsTo('recipients.create')).toHaveLength(0);

    await user.type(
      screen.getByRole('textbox', { name: /Name of the person or team/ }),
      'Riverside Housing Team',
    );
    await user.type(screen.getByRole('textbox', { name: 'Role' }), 'Housing workers');
    await user.type(screen.getByRole('textbox', { name: 'Organisation' }), 'City of Riverside');
    await user.click(screen.getByRole('button', { name: 'Add recipient' }));
    expect(await within(list).findByText('Riverside Housing Team')).toBeInTheDocument();
    expect(core.callsTo('recipients.create')).toEqual([
      {
        name: 'Riverside Housing Team',
        role: 'Housing workers',
        organisation: 'City of Riverside',
      },
    ]);

    await user.click(screen.getByRole('button', { name: 'Edit Riverside Housing Team' }));
    const role = within(list).getByRole('textbox', { name: 'Role' });
    await user.clear(role);
    await user.type(role, 'Housing support workers');
    await user.click(within(list).getByRole('button', { name: 'Save changes' }));
    expect(await within(list).findByText(/Housing support workers/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Archive Riverside Housing Team' }));
    await waitFor(() =>
      expect(within(list).queryByText('Riverside Housing Team')).not.toBeInTheDocument(),
    );
    await user.click(screen.getByRole('checkbox', { name: 'Show archived recipients' }));
    expect(
      await screen.findByRole('button', { name: 'Bring back Riverside Housing Team' }),
    ).toBeInTheDocument();
  });

  it('is one keyboard press away in the app navigation', async () => {
    await sharingApp();
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Recipients' })).toHaveAttribute(
      'href',
      '/#/recipients',
    );
  });
});

describe('For the care team', () => {
  it('is its own space on the person page, apart from their notes, with statuses in words', async () => {
    const app = await sharingApp();
    const draft = app.addShare();
    const approved = app.addShare('Another share.');
    approve(app, approved.id);
    window.location.hash = `#/people/${app.personId}`;
    const tab = await screen.findByRole('link', { name: 'For the care team' });
    await app.user.click(tab);
    const section = await screen.findByRole('region', { name: 'For the care team' });
    expect(
      within(section).getByText(
        "This space is separate from Sam's own notes. Nothing here is shared without Sam's yes.",
      ),
    ).toBeInTheDocument();
    const list = within(section).getByRole('list', { name: 'Shares written with Sam' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(list).getByText('Draft')).toBeInTheDocument();
    expect(within(list).getByText('Approved, ready to release')).toBeInTheDocument();
    expect(section).toHaveClass('care-team');
    expect(draft.status).toBe('draft');
  });

  it('drafts a share that saves itself once it has a recipient and a purpose, quoting exact words', async () => {
    const app = await sharingApp();
    const { user, core } = app;
    window.location.hash = `#/people/${app.personId}/care-team/new`;
    await screen.findByRole('heading', { level: 2, name: 'New share for the care team' });
    await user.type(screen.getByRole('textbox', { name: 'What we want them to know' }), 'Sam');
    expect(
      screen.getByText('Choose who it is for and write why. Then it saves by itself as you type.'),
    ).toBeInTheDocument();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Who it is for' }),
      'Dr Amira Haddad, Family doctor, Riverside Clinic',
    );
    await user.type(screen.getByRole('textbox', { name: /Why they need it/ }), 'Housing letter');
    await screen.findByText(SAVED, undefined, { timeout: 3_000 });
    expect(core.callsTo('shares.create')).toHaveLength(1);

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Note to quote from' }),
      screen
        .getAllByRole('option')
        .find((o) => o.textContent?.startsWith('Note of'))
        ?.getAttribute('value') ?? '',
    );
    const source = await screen.findByRole('textbox', { name: 'What we talked about' });
    expect(source).toHaveAttribute('aria-readonly', 'true');
    expect(source).toHaveValue(NOTE_TEXT);
    const passage = screen.getByRole('textbox', { name: /Words to quote/ });
    await user.type(passage, 'a noisy place');
    await user.click(screen.getByRole('button', { name: 'Add quote' }));
    expect(
      screen.getByText(
        'These words are not in that note. Select them in the note, or copy them exactly.',
      ),
    ).toBeInTheDocument();

    // Selecting in the note fills the passage, by keyboard or mouse alike.
    const from = NOTE_TEXT.indexOf('a quieter place');
    (source as HTMLTextAreaElement).setSelectionRange(
      from,
      from + 'a quieter place to live'.length,
    );
    fireEvent.keyUp(source, { key: 'ArrowRight', shiftKey: true });
    await waitFor(() => expect(passage).toHaveValue('a quieter place to live'));
    await user.click(screen.getByRole('button', { name: 'Add quote' }));
    expect(await screen.findByRole('button', { name: 'Remove quote 1' })).toBeInTheDocument();
    await waitFor(
      () => {
        const saves = core.callsTo('shares.save') as { fields: ShareFields }[];
        expect(saves.at(-1)?.fields.quotes).toEqual([
          { noteId: app.noteId, text: 'a quieter place to live' },
        ]);
      },
      { timeout: 3_000 },
    );
    const [stored] = [...core.sharing.shares.values()];
    expect(stored?.quotes[0]?.text).toBe('a quieter place to live');
    expect(stored?.body).toBe('Sam');
  });
});

describe('a share page', () => {
  it('refuses to release without a yes, with the core’s reason in plain words', async () => {
    const app = await sharingApp();
    const share = app.addShare();
    window.location.hash = `#/people/${app.personId}/care-team/${share.id}`;
    await screen.findByRole('heading', { level: 2, name: /For Dr Amira Haddad/ });
    expect(screen.getByText('Not reviewed together yet.')).toBeInTheDocument();
    await app.user.click(screen.getByRole('button', { name: 'Release as PDF' }));
    expect(
      await screen.findByText(
        'This share has no consent yet. Review it together with the person first.',
      ),
    ).toBeInTheDocument();
    expect(app.core.sharing.shares.get(share.id)?.releases).toHaveLength(0);
  });

  it('releases once in the consented format only, then lists the release', async () => {
    const app = await sharingApp();
    const share = app.addShare();
    approve(app, share.id, 'pdf');
    app.core.sharing.saveDialog = { outcome: 'saved', fileName: 'sam-housing.pdf' };
    window.location.hash = `#/people/${app.personId}/care-team/${share.id}`;
    await screen.findByText('Approved, ready to release');
    expect(screen.getByRole('button', { name: 'Release as FHIR' })).toBeDisabled();
    expect(
      screen.getByText('The person agreed to one release, as a PDF document.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Ready to use once')).toBeInTheDocument();
    await app.user.click(screen.getByRole('button', { name: 'Release as PDF' }));
    expect(await screen.findByText('Released and saved as sam-housing.pdf.')).toBeInTheDocument();
    expect(
      await screen.findByText(/sam-housing\.pdf \(PDF document\) for Dr Amira Haddad/),
    ).toBeInTheDocument();
    expect(await screen.findByText('Released')).toBeInTheDocument();

    await app.user.click(screen.getByRole('button', { name: 'Release as PDF' }));
    expect(
      await screen.findByText(/This consent was for one release, and it has been used/),
    ).toBeInTheDocument();
  });

  it('says the yes has ended once its days are over, and the release is refused', async () => {
    const app = await sharingApp();
    const share = app.addShare();
    approve(app, share.id, 'fhir_json');
    app.core.sharing.clockOffsetMs = 31 * 24 * 60 * 60 * 1000;
    window.location.hash = `#/people/${app.personId}/care-team/${share.id}`;
    expect(await screen.findByText('Consent ended', { selector: '.tag' })).toBeInTheDocument();
    await app.user.click(screen.getByRole('button', { name: 'Release as FHIR' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/ended|expired/i);
    expect(app.core.sharing.shares.get(share.id)?.releases).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Review with Sam' })).toBeInTheDocument();
  });

  it('says nothing was saved when the save dialog is closed, and the yes stays unused', async () => {
    const app = await sharingApp();
    const share = app.addShare();
    approve(app, share.id, 'pdf');
    app.core.sharing.saveDialog = { outcome: 'cancelled' };
    window.location.hash = `#/people/${app.personId}/care-team/${share.id}`;
    await app.user.click(await screen.findByRole('button', { name: 'Release as PDF' }));
    expect(
      await screen.findByText('Nothing was saved. The yes can still be used once.'),
    ).toBeInTheDocument();
    expect(app.core.sharing.shares.get(share.id)?.consents.at(-1)?.status).toBe('active');
  });

  it('withdraws consent in one dialog and lists where it already went', async () => {
    const app = await sharingApp();
    const share = app.addShare();
    approve(app, share.id, 'pdf');
    app.core.sharing.saveDialog = { outcome: 'saved', fileName: 'sam-housing.pdf' };
    window.location.hash = `#/people/${app.personId}/care-team/${share.id}`;
    await app.user.click(await screen.findByRole('button', { name: 'Release as PDF' }));
    await screen.findByText('Released and saved as sam-housing.pdf.');
    await app.user.click(screen.getByRole('button', { name: 'Withdraw consent' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Withdraw consent?' });
    await app.user.type(
      within(dialog).getByRole('textbox', { name: /Reason/ }),
      'Sam changed her mind',
    );
    await app.user.click(within(dialog).getByRole('button', { name: 'Withdraw consent' }));
    const done = await screen.findByRole('region', { name: 'Consent withdrawn' });
    await waitFor(() => expect(within(done).getByRole('heading')).toHaveFocus());
    expect(
      within(done).getByText(/Please tell these recipients that consent was withdrawn/),
    ).toBeInTheDocument();
    expect(within(done).getByText(/sam-housing\.pdf/)).toBeInTheDocument();
    expect(app.core.callsTo('shares.withdraw')).toEqual([
      { id: share.id, reason: 'Sam changed her mind' },
    ]);
    expect(await screen.findByText('Consent withdrawn', { selector: '.tag' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Release as PDF' })).not.toBeInTheDocument();
  });

  it('editing an approved share warns first, and the save makes it a draft again', async () => {
    const app = await sharingApp();
    const share = app.addShare();
    approve(app, share.id, 'pdf');
    window.location.hash = `#/people/${app.personId}/care-team/${share.id}/edit`;
    expect(await screen.findByText('Changing this needs a new yes')).toBeInTheDocument();
    await app.user.type(
      screen.getByRole('textbox', { name: 'What we want them to know' }),
      ' More.',
    );
    await screen.findByText(SAVED, undefined, { timeout: 3_000 });
    const stored = app.core.sharing.shares.get(share.id);
    expect(stored?.status).toBe('draft');
    expect(stored?.consents.at(-1)?.status).toBe('void');
  });

  it('deletes a draft after asking', async () => {
    const app = await sharingApp();
    const share = app.addShare();
    window.location.hash = `#/people/${app.personId}/care-team/${share.id}`;
    await app.user.click(await screen.findByRole('button', { name: 'Delete draft' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete this draft?' });
    await app.user.click(within(dialog).getByRole('button', { name: 'Delete draft' }));
    await screen.findByRole('region', { name: 'For the care team' });
    expect(app.core.sharing.shares.has(share.id)).toBe(false);
    expect(screen.getByText('Nothing written for a care team yet.')).toBeInTheDocument();
  });
});

/** Records the person's no, as a finished review would. */
function decline(app: Awaited<ReturnType<typeof sharingApp>>, shareId: string) {
  const { handlers } = app.core.sharing;
  const steps = [
    handlers['review.start']({ shareId, language: 'en' }),
    handlers['review.decline']({ method: 'side_by_side', language: 'en' }),
    handlers['review.exit']({ passphrase: app.core.passphrase }),
  ];
  for (const step of steps) {
    if (step instanceof Promise || !step.ok) throw new Error('Declining in the fake failed.');
  }
}

describe('deleting', () => {
  it('is offered only for a draft the person never decided about, and a no stays', async () => {
    const app = await sharingApp();
    const declined = app.addShare();
    decline(app, declined.id);
    window.location.hash = `#/people/${app.personId}/care-team/${declined.id}`;
    expect(await screen.findByText('Kept private', { selector: '.tag' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete draft' })).not.toBeInTheDocument();

    // Changed after the no, it is a draft again, but the no is still part of the record.
    const saved = await app.core.invoke('shares.save', {
      id: declined.id,
      fields: {
        recipientId: app.recipient.id,
        purpose: 'Help with a housing application',
        body: 'Sam asked for fewer details.',
        quotes: [],
      },
    });
    expect(saved).toMatchObject({ ok: true, value: { status: 'draft' } });
    await act(() => app.queryClient.invalidateQueries());
    expect(await screen.findByText('Draft', { selector: '.tag' })).toBeInTheDocument();
    expect(screen.getByText('Sam asked for fewer details.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete draft' })).not.toBeInTheDocument();
    expect(await app.core.invoke('shares.delete', { id: declined.id })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_STATE' },
    });
    expect(app.core.sharing.shares.get(declined.id)?.consents).toHaveLength(1);
  });

  it('is not offered once a yes was voided by a change either', async () => {
    const app = await sharingApp();
    const share = app.addShare();
    approve(app, share.id);
    const saved = await app.core.invoke('shares.save', {
      id: share.id,
      fields: {
        recipientId: app.recipient.id,
        purpose: 'Help with a housing application',
        body: 'Changed after the yes.',
        quotes: [],
      },
    });
    expect(saved).toMatchObject({
      ok: true,
      value: { status: 'draft', consent: { status: 'void' } },
    });
    window.location.hash = `#/people/${app.personId}/care-team/${share.id}`;
    expect(await screen.findByText('Changed after the yes.')).toBeInTheDocument();
    expect(screen.getByText('Draft', { selector: '.tag' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete draft' })).not.toBeInTheDocument();
  });
});

describe('what the recipient receives', () => {
  beforeAll(() => {
    // West of UTC, a note late in the evening falls on the next UTC day; the share names the day
    // it was lived.
    vi.stubEnv('TZ', 'America/Vancouver');
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it('shows the released document’s blocks in its order, with the day the note was lived', async () => {
    const app = await sharingApp();
    const lateEvening = new Date(2026, 10, 20, 23, 30);
    expect(lateEvening.toISOString()).toBe('2026-11-21T07:30:00.000Z');
    const note = await app.core.invoke('notes.create', {
      personId: app.personId,
      fields: {
        ...newNoteFields(lateEvening),
        inTheirWords: 'I feel steadier when I walk at night.',
      },
    });
    if (!note.ok) throw new Error('Seeding the note failed.');
    const share = app.core.sharing.addShare(app.personId, {
      recipientId: app.recipient.id,
      purpose: 'Help with a housing application',
      body: 'Sam is looking for housing support.\n\nShe would like a ground-floor flat.',
      quotes: [{ noteId: note.value.id, text: 'I feel steadier when I walk at night.' }],
    });
    window.location.hash = `#/people/${app.personId}/care-team/${share.id}`;
    const preview = await screen.findByRole('article', { name: 'What the recipient receives' });
    const text = preview.textContent ?? '';
    const withdrawal =
      'Sam may withdraw this consent at any time. Please ask the peer support team before using this again.';
    const order = [
      'Shared with consent',
      'AboutSam',
      'ForDr Amira Haddad, Family doctor, Riverside Clinic',
      'Why it is sharedHelp with a housing application',
      'Sam is looking for housing support.',
      'She would like a ground-floor flat.',
      'I feel steadier when I walk at night.',
      'From a note of November 20, 2026',
      withdrawal,
    ].map((part) => text.indexOf(part));
    expect(order).not.toContain(-1);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text).not.toContain('November 21, 2026');
    // Blank lines part the body into paragraphs, as in the PDF.
    expect(within(preview).getByText('She would like a ground-floor flat.').tagName).toBe('P');
    // No yes yet: no consent facts to print.
    expect(text).not.toContain('Consent id');
  });

  it('adds the consent the release goes out under once there is a yes', async () => {
    const app = await sharingApp();
    const share = app.addShare();
    approve(app, share.id);
    const consent = app.core.sharing.shares.get(share.id)?.consents.at(-1);
    if (!consent) throw new Error('The fake recorded no yes.');
    window.location.hash = `#/people/${app.personId}/care-team/${share.id}`;
    const preview = await screen.findByRole('article', { name: 'What the recipient receives' });
    const text = preview.textContent ?? '';
    const day = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(consent.decidedAt),
    );
    const order = [
      'Why it is shared',
      `Date of consent${day}`,
      `Consent id${consent.id}`,
      `Content fingerprint (SHA-256)${consent.contentSha256}`,
      'Sam is looking for housing support.',
    ].map((part) => text.indexOf(part));
    expect(order).not.toContain(-1);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

describe('quotes', () => {
  it('come only from the fields the person sees in full in the review', async () => {
    const app = await sharingApp();
    const note = await app.core.invoke('notes.create', {
      personId: app.personId,
      fields: {
        ...newNoteFields(),
        setting: 'At the library café',
        resources: 'Tenant rights leaflet',
        strengthsNoticed: 'Sam keeps going when it is hard.',
      },
    });
    if (!note.ok) throw new Error('Seeding the note failed.');
    const attempt = (text: string) =>
      app.core.invoke('shares.create', {
        personId: app.personId,
        fields: {
          recipientId: app.recipient.id,
          purpose: 'Help with a housing application',
          body: '',
          quotes: [{ noteId: note.value.id, text }],
        },
      });
    expect(await attempt('library café')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await attempt('Tenant rights')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await attempt('keeps going')).toMatchObject({ ok: true });
  });
});
