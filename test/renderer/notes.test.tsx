import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { NoteFields } from '../../src-main/contract';
import type { FakeCore } from './fake-bridge';
import { renderApp } from './render-app';

const SAVED = /^Saved at \d{1,2}:\d{2}/;

async function openNewNote() {
  let personId = '';
  const app = renderApp({
    state: 'unlocked',
    seed: (record) => {
      personId = record.addPerson({ preferredName: 'Sam', pronouns: 'she/her' }).id;
    },
  });
  window.location.hash = `#/people/${personId}/notes`;
  await screen.findByRole('heading', { level: 2, name: 'Our notes' });
  expect(
    screen.getByText('These notes belong to Sam. They stay on this computer.'),
  ).toBeInTheDocument();
  await app.user.click(screen.getByRole('button', { name: 'New note' }));
  await screen.findByRole('textbox', { name: 'What we talked about' });
  return { ...app, personId };
}

function savesOf(core: FakeCore): NoteFields[] {
  return core.callsTo('notes.save').map((input) => (input as { fields: NoteFields }).fields);
}

describe('notes written together', () => {
  it('creates a note with calm defaults', async () => {
    const { core } = await openNewNote();
    const [created] = core.callsTo('notes.create') as { fields: NoteFields }[];
    expect(created?.fields).toMatchObject({
      contactType: 'in_person',
      durationMinutes: 30,
      talkedAbout: '',
      nextSteps: [],
      goalIds: [],
    });
    expect(screen.getByRole('combobox', { name: 'Type of contact' })).toHaveValue('in_person');
    expect(screen.getByRole('textbox', { name: 'Duration (minutes)' })).toHaveValue('30');
  });

  it('saves once, shortly after typing stops, and says when', async () => {
    const { user, core } = await openNewNote();
    await user.type(
      screen.getByRole('textbox', { name: 'What we talked about' }),
      'Looking for a quieter place to live.',
    );
    expect(await screen.findByText('Saving…')).toBeInTheDocument();
    await screen.findByText(SAVED, undefined, { timeout: 3_000 });
    expect(savesOf(core)).toHaveLength(1);
    expect(savesOf(core)[0]?.talkedAbout).toBe('Looking for a quieter place to live.');
  });

  it('saves every field, including next steps and goals touched', async () => {
    let personId = '';
    const { user, core } = renderApp({
      state: 'unlocked',
      seed: (record) => {
        personId = record.addPerson({ preferredName: 'Sam' }).id;
      },
    });
    const goal = await core.invoke('goals.create', {
      personId,
      fields: { inTheirWords: 'Find a job I enjoy', whyItMatters: '', status: 'exploring' },
    });
    if (!goal.ok) throw new Error('goal');
    window.location.hash = `#/people/${personId}/notes`;
    await user.click(await screen.findByRole('button', { name: 'New note' }));
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Type of contact' }),
      'phone',
    );
    const duration = screen.getByRole('textbox', { name: 'Duration (minutes)' });
    await user.clear(duration);
    await user.type(duration, '45');
    await user.click(screen.getByRole('checkbox', { name: 'Find a job I enjoy' }));
    await user.click(screen.getByRole('button', { name: 'Add a next step' }));
    await user.type(screen.getByRole('textbox', { name: 'Next step 1: what' }), 'Call the library');
    await user.type(screen.getByRole('textbox', { name: 'Next step 1: who does it' }), 'Sam');
    await user.tab();
    await waitFor(() =>
      expect(savesOf(core).at(-1)).toMatchObject({
        contactType: 'phone',
        durationMinutes: 45,
        goalIds: [goal.value.id],
        nextSteps: [{ what: 'Call the library', who: 'Sam' }],
      }),
    );
  });

  it('does not save a duration that is not a number, and says so', async () => {
    const { user, core } = await openNewNote();
    const duration = screen.getByRole('textbox', { name: 'Duration (minutes)' });
    await user.clear(duration);
    await user.type(duration, 'half');
    expect((await screen.findAllByText(/whole number of minutes/)).length).toBeGreaterThanOrEqual(
      1,
    );
    await user.tab();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(savesOf(core)).toHaveLength(0);
  });

  it('saves at once when the editor is left, without waiting', async () => {
    const { user, core } = await openNewNote();
    core.latencyMs = 0;
    await user.type(screen.getByRole('textbox', { name: 'In their own words' }), 'I did it');
    await user.click(screen.getByRole('link', { name: 'Back to our notes' }));
    await screen.findByRole('heading', { level: 2, name: 'Our notes' });
    await waitFor(() => expect(savesOf(core)).toHaveLength(1));
    expect(savesOf(core)[0]?.inTheirWords).toBe('I did it');
  });

  it('saves before the vault locks', async () => {
    const { user, core } = await openNewNote();
    await user.type(screen.getByRole('textbox', { name: 'Strengths noticed' }), 'Kept trying');
    await user.click(screen.getByRole('button', { name: 'Lock' }));
    await screen.findByRole('heading', { level: 1, name: 'Unlock Alongside' });
    const order = core.calls.map((call) => call.channel);
    const saveAt = order.lastIndexOf('notes.save');
    expect(saveAt).toBeGreaterThan(-1);
    expect(saveAt).toBeLessThan(order.indexOf('vault.lock'));
    const [note] = core.record.notes.values();
    expect(note && core.record.noteOf(note).strengthsNoticed).toBe('Kept trying');
  });

  it('sends what is typed when the core says it locked', async () => {
    const { user, core } = await openNewNote();
    await user.type(screen.getByRole('textbox', { name: 'Setting' }), 'The park');
    // The event arrives while the vault still answers, as when the window is about to lock.
    core.emit({ state: 'locked', reason: 'idle' });
    await screen.findByRole('heading', { level: 1, name: 'Unlock Alongside' });
    expect(savesOf(core).at(-1)?.setting).toBe('The park');
  });

  it('saves at once when the window is hidden, before a screen lock can close the vault', async () => {
    const { user, core } = await openNewNote();
    await user.type(screen.getByRole('textbox', { name: 'Setting' }), 'Library');
    expect(savesOf(core)).toHaveLength(0);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      await waitFor(() => expect(savesOf(core)).toHaveLength(1), { timeout: 300 });
    } finally {
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    }
    expect(savesOf(core)[0]?.setting).toBe('Library');
  });

  it('says "Not saved" and tries again when saving fails for a moment', async () => {
    const { user, core } = await openNewNote();
    core.failNext('notes.save', 'INTERNAL');
    await user.type(screen.getByRole('textbox', { name: 'What we talked about' }), 'Housing');
    expect(
      await screen.findByText('Not saved — will retry', undefined, { timeout: 3_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'What we talked about' })).toHaveValue('Housing');
    await screen.findByText(SAVED, undefined, { timeout: 4_000 });
    expect(savesOf(core)).toHaveLength(2);
    expect(savesOf(core)[1]?.talkedAbout).toBe('Housing');
  });

  it('keeps the text and says why when the core refuses a save', async () => {
    const { user, core } = await openNewNote();
    core.failNext('notes.save', 'NOT_FOUND');
    await user.type(screen.getByRole('textbox', { name: 'What we talked about' }), 'Work');
    expect(await screen.findByRole('alert', undefined, { timeout: 3_000 })).toHaveTextContent(
      /It may have been removed.*Your text is still here/,
    );
    expect(screen.getByRole('textbox', { name: 'What we talked about' })).toHaveValue('Work');
    await user.click(screen.getByRole('button', { name: 'Try saving again' }));
    await screen.findByText(SAVED);
  });

  it('shows an earlier version and restores it after asking', async () => {
    const { user, core } = await openNewNote();
    const field = screen.getByRole('textbox', { name: 'What we talked about' });
    await user.type(field, 'First words');
    await screen.findByText(SAVED, undefined, { timeout: 3_000 });
    await user.clear(field);
    await user.type(field, 'Second words');
    await waitFor(() => expect(savesOf(core)).toHaveLength(2), { timeout: 3_000 });

    const versions = await screen.findByRole('heading', { level: 3, name: 'Earlier versions' });
    const section = versions.closest('section');
    if (!section) throw new Error('No versions section.');
    await user.click(await within(section).findByRole('link', { name: /^Version 2, saved/ }));

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Version 2 of this note' }),
    ).toBeInTheDocument();
    expect(screen.getByText('First words')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Restore this version' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Restore version 2?' });
    await user.click(within(dialog).getByRole('button', { name: 'Restore' }));

    expect(await screen.findByRole('textbox', { name: 'What we talked about' })).toHaveValue(
      'First words',
    );
    expect(core.callsTo('notes.restore')).toEqual([expect.objectContaining({ version: 2 })]);
    expect(await screen.findByText(/brought back from version 2/)).toBeInTheDocument();
  });
});

describe('the list of notes', () => {
  it('lists notes as links, most recent first, and loads more as the end comes near', async () => {
    let personId = '';
    const { core } = renderApp({
      state: 'unlocked',
      seed: (record) => {
        personId = record.addPerson({ preferredName: 'Sam' }).id;
      },
    });
    for (let day = 1; day <= 45; day += 1) {
      const created = await core.invoke('notes.create', {
        personId,
        fields: {
          happenedAt: new Date(Date.UTC(2025, 0, day, 15)).toISOString(),
          contactType: 'phone',
          durationMinutes: day,
          setting: '',
          talkedAbout: `Day ${day}`,
          inTheirWords: '',
          strengthsNoticed: '',
          resources: '',
          nextSteps: [],
          goalIds: [],
        },
      });
      if (!created.ok) throw new Error('note');
    }
    window.location.hash = `#/people/${personId}/notes`;
    const list = await screen.findByRole('list', { name: 'Notes with Sam, most recent first' });
    // happy-dom has no layout: rows measure 0 px, so the end of each page comes into view.
    const cursors = () =>
      core.callsTo('notes.list').map((input) => (input as { cursor: unknown }).cursor);
    await waitFor(() => expect(cursors()).toEqual(expect.arrayContaining([null, '20', '40'])));
    // Only the rows in view are drawn; each is a link to its note, most recent first.
    const rows = within(list).getAllByRole('listitem');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(within(row).getByRole('link')).toHaveAccessibleName(/^Note of /);
    }
    const days = rows.map((row) => Number(/Day (\d+)/.exec(row.textContent)?.[1]));
    expect(days.every(Number.isInteger)).toBe(true);
    expect(days).toEqual([...days].sort((a, b) => b - a));
    expect(screen.queryByRole('button', { name: /Show more/ })).not.toBeInTheDocument();
  });
});

describe('the language check', () => {
  it('suggests other words, tied to the field, and lets them be dismissed', async () => {
    const { user, core } = await openNewNote();
    const field = screen.getByRole('textbox', { name: 'What we talked about' });
    await user.type(field, 'Staff said she was non-compliant with meds');

    const suggestion = await screen.findByText(
      '“non-compliant” — you might say “chose not to…”.',
      undefined,
      { timeout: 3_000 },
    );
    expect(field).toHaveAccessibleDescription(/non-compliant/);
    expect(core.callsTo('language.check')).toContainEqual(
      expect.objectContaining({ language: 'en' }),
    );
    const item = suggestion.closest('li');
    if (!item) throw new Error('No suggestion item.');
    await user.click(within(item).getByRole('button', { name: /^Dismiss/ }));
    expect(screen.queryByText(/you might say/)).not.toBeInTheDocument();
    // Advice only: the words are saved as written.
    await waitFor(() =>
      expect(savesOf(core).at(-1)?.talkedAbout).toBe('Staff said she was non-compliant with meds'),
    );
  });

  it('underlines flagged words in place, behind the field, until dismissed', async () => {
    const { user } = await openNewNote();
    const field = screen.getByRole('textbox', { name: 'In their own words' });
    await user.type(field, 'They said I was manipulative and non-compliant.');
    await screen.findByText(/“manipulative” — you might say/, undefined, { timeout: 3_000 });

    const mirror = field.parentElement?.querySelector('.field__mirror');
    if (!mirror) throw new Error('No mirror behind the field.');
    expect(mirror).toHaveAttribute('aria-hidden', 'true');
    expect(field).toHaveFocus();
    await waitFor(() =>
      expect(
        [...mirror.querySelectorAll('mark.language-flag')].map((mark) => mark.textContent),
      ).toEqual(['manipulative', 'non-compliant']),
    );
    // The mirror holds the same text, as text.
    expect(mirror.textContent?.replace(/\u200b$/, '')).toBe(
      'They said I was manipulative and non-compliant.',
    );
    expect(mirror.querySelectorAll('mark *')).toHaveLength(0);

    await user.click(
      screen.getByRole('button', { name: /^Dismiss the suggestion about “manipulative”/ }),
    );
    expect(
      [...mirror.querySelectorAll('mark.language-flag')].map((mark) => mark.textContent),
    ).toEqual(['non-compliant']);
    expect(field).toHaveValue('They said I was manipulative and non-compliant.');
  });

  it('draws no markup from the text itself', async () => {
    const { user } = await openNewNote();
    const field = screen.getByRole('textbox', { name: 'Strengths noticed' });
    await user.type(field, '<b>bold</b> manipulative');
    await screen.findByText(/you might say/, undefined, { timeout: 3_000 });
    const mirror = field.parentElement?.querySelector('.field__mirror');
    await waitFor(() => expect(mirror?.querySelector('mark')).toHaveTextContent('manipulative'));
    expect(mirror?.querySelector('b')).toBeNull();
  });
});
