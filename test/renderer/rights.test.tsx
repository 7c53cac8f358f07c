import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

async function violations(): Promise<string[]> {
  const results = await axe.run(document.body, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

async function openSam() {
  let personId = '';
  const app = renderApp({
    state: 'unlocked',
    seed: (record) => {
      personId = record.addPerson({ preferredName: 'Sam', pronouns: 'she/her' }).id;
      record.addPerson({ preferredName: 'Alex' });
    },
  });
  const noteResult = await app.core.invoke('notes.create', {
    personId,
    fields: {
      happenedAt: '2026-11-02T10:00:00.000Z',
      contactType: 'phone',
      durationMinutes: 30,
      setting: '',
      talkedAbout: 'The garden',
      inTheirWords: '',
      strengthsNoticed: '',
      resources: '',
      nextSteps: [],
      goalIds: [],
    },
  });
  if (!noteResult.ok) throw new Error('note');
  window.location.hash = `#/people/${personId}`;
  await screen.findByRole('heading', { level: 1, name: 'Sam (she/her)' });
  const section = await screen.findByRole('region', { name: 'Their rights' });
  return { ...app, personId, section };
}

describe('the person’s rights', () => {
  it('gives the person a copy of their notes after the worker confirms, in the language chosen', async () => {
    const { user, core, personId, section } = await openSam();
    expect(within(section).getByText(/Both are their right/)).toBeInTheDocument();
    await user.click(
      within(section).getByRole('button', { name: 'Give Sam a copy of their notes' }),
    );
    const dialog = await screen.findByRole('alertdialog', { name: 'Make a copy of Sam’s notes?' });
    expect(within(dialog).getByText(/Nothing is sent to anyone/)).toBeInTheDocument();
    expect(await violations()).toEqual([]);
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Language of the copy' }),
      'fr-CA',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save the copy' }));
    expect(
      await within(section).findByText('The copy was saved as my-notes.pdf.'),
    ).toBeInTheDocument();
    expect(core.callsTo('rights.copyOfNotes')).toEqual([{ personId, language: 'fr-CA' }]);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();

    core.rights.nextSave = 'cancelled';
    await user.click(
      within(section).getByRole('button', { name: 'Give Sam a copy of their notes' }),
    );
    await user.click(await screen.findByRole('button', { name: 'Save the copy' }));
    expect(await within(section).findByText('No copy was saved.')).toBeInTheDocument();
  });

  it('deletes everything about the person only with their name typed, then returns to People', async () => {
    const { user, core, personId, section } = await openSam();
    await user.click(within(section).getByRole('button', { name: 'Delete everything about Sam' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete everything about Sam?' });
    expect(within(dialog).getByText(/It cannot be undone/)).toBeInTheDocument();
    expect(within(dialog).getByText(/never a name or a word/)).toBeInTheDocument();
    expect(await violations()).toEqual([]);

    const field = within(dialog).getByRole('textbox', { name: 'Type their name, Sam, to confirm' });
    await user.type(field, 'Sma');
    await user.click(within(dialog).getByRole('button', { name: 'Delete everything' }));
    expect(
      await within(dialog).findByText('What was typed does not match. Please check and try again.'),
    ).toBeInTheDocument();
    expect(core.record.people.has(personId)).toBe(true);

    await user.clear(field);
    await user.type(field, 'Sam');
    await user.click(within(dialog).getByRole('button', { name: 'Delete everything' }));
    await screen.findByRole('heading', { level: 1, name: 'People' });
    expect(core.record.people.has(personId)).toBe(false);
    expect(core.record.notes.size).toBe(0);
    const list = await screen.findByRole('list', { name: 'People you support, most recent first' });
    await waitFor(() => expect(within(list).queryByRole('link', { name: 'Sam' })).toBeNull());
    expect(within(list).getByRole('link', { name: 'Alex' })).toBeInTheDocument();
    expect(core.rights.events.at(-1)).toMatchObject({
      action: 'person.deleted',
      detail: expect.arrayContaining([{ key: 'notes', value: '1' }]),
    });
  });

  it('cancelling the deletion changes nothing', async () => {
    const { user, core, personId, section } = await openSam();
    await user.click(within(section).getByRole('button', { name: 'Delete everything about Sam' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(core.callsTo('rights.deletePerson')).toEqual([]);
    expect(core.record.people.has(personId)).toBe(true);
  });
});
