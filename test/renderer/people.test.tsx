import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FakeRecord } from './fake-record';
import { renderApp, type RenderOptions } from './render-app';

function seedTwo(record: FakeRecord) {
  record.addPerson({ preferredName: 'Alex', pronouns: 'they/them' });
  record.addPerson({ preferredName: 'Jordan', pronouns: 'she/her' });
}

async function openPeople(options: RenderOptions = {}) {
  const app = renderApp({ state: 'unlocked', seed: seedTwo, ...options });
  await screen.findByRole('heading', { level: 1, name: 'People' });
  await screen.findByRole('list', { name: 'People you support, most recent first' });
  return app;
}

function listedNames(): string[] {
  const list = screen.queryByRole('list', { name: 'People you support, most recent first' });
  if (!list) return [];
  return within(list)
    .getAllByRole('listitem')
    .map((item) => within(item).getByRole('link').textContent);
}

describe('People', () => {
  it('lists people as links, most recent activity first', async () => {
    await openPeople();
    expect(listedNames()).toEqual(['Jordan', 'Alex']);
    expect(screen.getByRole('link', { name: 'Alex' })).toHaveAttribute(
      'href',
      expect.stringMatching(/#\/people\/[0-9a-f-]{36}$/),
    );
  });

  it('adds a person, opens their page, and shows them at the top of the list', async () => {
    const { user, core } = await openPeople();
    await user.click(screen.getByRole('link', { name: 'Add a person' }));
    await screen.findByRole('heading', { level: 1, name: 'Add a person' });

    await user.click(screen.getByRole('button', { name: 'Add this person' }));
    expect(
      await screen.findByText('Please write the name they like to be called.'),
    ).toBeInTheDocument();
    expect(core.callsTo('people.create')).toHaveLength(0);

    await user.type(screen.getByRole('textbox', { name: /^Preferred name/ }), 'Robin');
    await user.type(screen.getByRole('textbox', { name: 'Pronouns' }), 'he/him');
    await user.type(
      screen.getByRole('textbox', { name: 'A few words about themselves, in their own words' }),
      'I like gardens.',
    );
    await user.click(screen.getByRole('button', { name: 'Add this person' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Robin (he/him)' }),
    ).toBeInTheDocument();
    expect(screen.getByText('I like gardens.')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: '← All people' }));
    await screen.findByRole('heading', { level: 1, name: 'People' });
    await waitFor(() => expect(listedNames()).toEqual(['Robin', 'Jordan', 'Alex']));
  });

  it('filters by name as you type', async () => {
    const { user, core } = await openPeople();
    await user.type(screen.getByRole('searchbox', { name: 'Find a person' }), 'ale');
    await waitFor(() => expect(listedNames()).toEqual(['Alex']));
    expect(core.callsTo('people.list')).toContainEqual(
      expect.objectContaining({ filter: 'ale', includeArchived: false }),
    );

    await user.type(screen.getByRole('searchbox', { name: 'Find a person' }), 'zzz');
    expect(await screen.findByText('No one matches that name.')).toBeInTheDocument();
  });

  it('archives after asking, hides the person, and brings them back', async () => {
    const { user } = await openPeople();
    await user.click(screen.getByRole('link', { name: 'Alex' }));
    await screen.findByRole('heading', { level: 1, name: 'Alex (they/them)' });

    await user.click(screen.getByRole('button', { name: 'Archive' }));
    const dialog = await screen.findByRole('alertdialog', { name: "Archive Alex's record?" });
    await user.click(within(dialog).getByRole('button', { name: 'Archive' }));

    expect(
      await screen.findByText(/Alex's record is archived. Nothing has been deleted/),
    ).toBeVisible();
    await user.click(screen.getByRole('link', { name: '← All people' }));
    await waitFor(() => expect(listedNames()).toEqual(['Jordan']));

    await user.click(screen.getByRole('switch', { name: 'Show archived' }));
    await waitFor(() => expect(listedNames()).toContain('Alex'));

    await user.click(screen.getByRole('link', { name: 'Alex' }));
    await user.click(await screen.findByRole('button', { name: 'Bring back' }));
    const back = await screen.findByRole('alertdialog', { name: "Bring back Alex's record?" });
    await user.click(within(back).getByRole('button', { name: 'Bring back' }));
    await waitFor(() => expect(screen.queryByText(/record is archived/)).not.toBeInTheDocument());

    await user.click(screen.getByRole('link', { name: '← All people' }));
    await waitFor(() => expect(listedNames()).toEqual(['Jordan', 'Alex']));
  });

  it('edits what is known about a person', async () => {
    const { user, core } = await openPeople();
    await user.click(screen.getByRole('link', { name: 'Jordan' }));
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const strengths = screen.getByRole('textbox', { name: 'Strengths' });
    await user.type(strengths, 'Funny, loyal');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Funny, loyal')).toBeInTheDocument();
    expect(core.callsTo('people.update')).toHaveLength(1);
  });

  it('loads the next page as the list nears its end', async () => {
    const { core } = await openPeople({
      seed: (record) => {
        for (let i = 0; i < 120; i += 1) record.addPerson({ preferredName: `Person ${i}` });
      },
    });
    // happy-dom has no layout: rows measure 0 px, so the end of the first page comes into view.
    await waitFor(() => expect(core.callsTo('people.list').length).toBeGreaterThanOrEqual(2));
    const cursors = core
      .callsTo('people.list')
      .map((input) => (input as { cursor: unknown }).cursor);
    expect(cursors).toContain('50');
  });
});
