import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

function seeded() {
  const ids = { person: '', note: '' };
  const app = renderApp({
    state: 'unlocked',
    seed: (record) => {
      const sam = record.addPerson({
        preferredName: 'Sam',
        aboutInTheirWords: 'I love my garden and my cat.',
      });
      ids.person = sam.id;
      record.addPerson({ preferredName: 'Alex', strengths: 'Great at the community garden' });
    },
  });
  return { ...app, ids };
}

describe('search from anywhere', () => {
  it('opens with Ctrl+K, shows highlighted results as you type, and opens one with Enter', async () => {
    const { user, core, ids } = seeded();
    await screen.findByRole('heading', { level: 1, name: 'People' });
    const created = await core.invoke('notes.create', {
      personId: ids.person,
      fields: {
        happenedAt: new Date().toISOString(),
        contactType: 'in_person',
        durationMinutes: 30,
        setting: '',
        talkedAbout: 'Planning the garden for spring',
        inTheirWords: '',
        strengthsNoticed: '',
        resources: '',
        nextSteps: [],
        goalIds: [],
      },
    });
    if (!created.ok) throw new Error('note');

    await user.keyboard('{Control>}k{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Search' });
    const field = within(dialog).getByRole('combobox', {
      name: 'Search people, goals, notes and reflections',
    });
    await waitFor(() => expect(field).toHaveFocus());
    await user.keyboard('garden');

    const results = await within(dialog).findByRole('listbox', { name: 'Results' });
    const options = within(results).getAllByRole('option');
    expect(options).toHaveLength(3);
    expect(within(options[0] as HTMLElement).getByText('Person')).toBeInTheDocument();
    const marks = results.querySelectorAll('mark');
    expect([...marks].map((mark) => mark.textContent.toLowerCase())).toEqual([
      'garden',
      'garden',
      'garden',
    ]);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    expect(core.callsTo('search.query').at(-1)).toEqual({ text: 'garden' });

    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(options[2]).toHaveAttribute('aria-selected', 'true');
    expect(field).toHaveAttribute('aria-activedescendant', options[2]?.id);
    expect(within(options[2] as HTMLElement).getByText('Note')).toBeInTheDocument();
    expect(within(options[2] as HTMLElement).getByText('Sam')).toBeInTheDocument();
    // The kind of contact in plain words, never the stored code.
    expect(options[2]).toHaveTextContent('One-to-one, in person');
    expect(options[2]).not.toHaveTextContent('in_person');
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('textbox', { name: 'What we talked about' })).toHaveValue(
      'Planning the garden for spring',
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(window.location.hash).toBe(`#/people/${ids.person}/notes/${created.value.id}`);
  });

  it('opens from the Search button, also with Cmd+K, and never renders snippets as markup', async () => {
    const { user } = renderApp({
      state: 'unlocked',
      seed: (record) => {
        record.addPerson({ preferredName: 'Robin', aboutInTheirWords: '<b>bold</b> plans' });
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'People' });
    fireEvent.keyDown(window, { key: 'k', metaKey: true });
    let dialog = await screen.findByRole('dialog', { name: 'Search' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Search' }));
    dialog = await screen.findByRole('dialog', { name: 'Search' });
    await user.type(within(dialog).getByRole('combobox'), 'bold');
    const option = await within(dialog).findByRole('option');
    expect(option.querySelector('b')).toBeNull();
    expect(option).toHaveTextContent('<b>bold</b> plans');
    expect(option.querySelector('mark')).toHaveTextContent('bold');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Robin' })).toBeInTheDocument();
  });

  it("searches inside one person's record", async () => {
    const { user, core, ids } = seeded();
    window.location.hash = `#/people/${ids.person}`;
    const field = await screen.findByRole('searchbox', { name: "Search in Sam's record" });
    await user.type(field, 'garden');
    const results = await screen.findByRole('list', { name: 'Results' });
    expect(within(results).getAllByRole('listitem')).toHaveLength(1);
    expect(results.querySelector('mark')).toHaveTextContent('garden');
    expect(core.callsTo('search.query').at(-1)).toEqual({ text: 'garden', personId: ids.person });
  });
});
