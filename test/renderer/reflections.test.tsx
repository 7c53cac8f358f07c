import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

const SAVED = /^Saved at \d{1,2}:\d{2}/;

describe('reflections', () => {
  it('writes, autosaves, edits and deletes a reflection', async () => {
    const { user, core } = renderApp({ state: 'unlocked' });
    await screen.findByRole('heading', { level: 1, name: 'People' });
    await user.click(screen.getByRole('link', { name: 'Reflections' }));
    await screen.findByRole('heading', { level: 1, name: 'Reflections' });
    expect(screen.getByText(/Your private journal/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'New reflection' }));
    await screen.findByRole('heading', { level: 1, name: 'Reflection' });
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Which hat');
    await user.type(
      screen.getByRole('textbox', { name: 'Your reflection' }),
      'Felt pulled toward the clinical side today.',
    );
    await screen.findByText(SAVED, undefined, { timeout: 3_000 });
    // Leaving the title saved it at once; the body followed after the pause.
    expect(core.record.reflections.size).toBe(1);
    const [first] = core.record.reflections.values();
    expect(first).toMatchObject({
      title: 'Which hat',
      body: 'Felt pulled toward the clinical side today.',
    });

    await user.click(screen.getByRole('link', { name: '← All reflections' }));
    const list = await screen.findByRole('list', { name: 'Your reflections, most recent first' });
    await user.click(within(list).getByRole('link', { name: 'Which hat' }));

    const body = await screen.findByRole('textbox', { name: 'Your reflection' });
    expect(body).toHaveValue('Felt pulled toward the clinical side today.');
    const before = core.callsTo('reflections.save').length;
    await user.type(body, ' Talk about it in supervision.');
    await user.tab();
    await waitFor(() => expect(core.callsTo('reflections.save')).toHaveLength(before + 1));
    const [stored] = core.record.reflections.values();
    expect(stored?.body).toBe(
      'Felt pulled toward the clinical side today. Talk about it in supervision.',
    );

    await user.click(screen.getByRole('button', { name: 'Delete reflection' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete this reflection?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('No reflections yet.')).toBeInTheDocument();
    expect(core.record.reflections.size).toBe(0);
  });

  it('lists reflections as links and loads more as the end comes near', async () => {
    const { core } = renderApp({ state: 'unlocked' });
    for (let i = 0; i < 70; i += 1) {
      const created = await core.invoke('reflections.create', { title: `Thought ${i}`, body: '' });
      if (!created.ok) throw new Error('reflection');
    }
    window.location.hash = '#/reflections';
    const list = await screen.findByRole('list', { name: 'Your reflections, most recent first' });
    // happy-dom has no layout: rows measure 0 px, so the end of each page comes into view.
    const cursors = () =>
      core.callsTo('reflections.list').map((input) => (input as { cursor: unknown }).cursor);
    await waitFor(() => expect(cursors()).toEqual(expect.arrayContaining([null, '30', '60'])));
    // Only the rows in view are drawn; each is a link to its reflection, most recent first.
    const numbers = within(list)
      .getAllByRole('link')
      .map((link) => Number(/^Thought (\d+)$/.exec(link.textContent)?.[1]));
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers.every(Number.isInteger)).toBe(true);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  });
});
