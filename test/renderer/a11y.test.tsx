import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { GOOD_PASSPHRASE } from './fake-bridge';
import { renderApp } from './render-app';

/**
 * A first line of defence: axe's structural WCAG 2.1 AA rules in happy-dom. Colour contrast
 * needs a real layout engine, so it is left to the end-to-end run in Chromium.
 */
async function violations(): Promise<string[]> {
  const results = await axe.run(document.body, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`,
  );
}

describe('accessibility', () => {
  it('first run has no violations, even with errors showing', async () => {
    const { user } = renderApp();
    await user.type(await screen.findByLabelText('Passphrase'), 'password');
    await user.type(screen.getByLabelText('Confirm passphrase'), 'passw');
    await user.click(screen.getByRole('button', { name: 'Create my vault' }));
    await screen.findByText("The two passphrases don't match.");
    expect(await violations()).toEqual([]);
  });

  it('the recovery code screen has no violations', async () => {
    const { user } = renderApp();
    await user.type(await screen.findByLabelText('Passphrase'), GOOD_PASSPHRASE);
    await user.type(screen.getByLabelText('Confirm passphrase'), GOOD_PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Create my vault' }));
    await screen.findByRole('heading', { level: 1, name: 'Your recovery code' });
    expect(await violations()).toEqual([]);
  });

  it('unlock, while waiting, has no violations', async () => {
    renderApp({ state: 'locked', failures: 5 });
    await screen.findByText(/Please wait/);
    expect(await violations()).toEqual([]);
  });

  it('People and Settings have no violations', async () => {
    const { user } = renderApp({ state: 'unlocked', recoveryCodeConfirmed: false });
    await screen.findByRole('heading', { level: 1, name: 'People' });
    expect(await violations()).toEqual([]);
    await user.click(screen.getByRole('link', { name: 'Settings' }));
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    expect(await violations()).toEqual([]);
  });
});

describe('accessibility of the record', () => {
  function seeded() {
    let personId = '';
    const app = renderApp({
      state: 'unlocked',
      seed: (record) => {
        personId = record.addPerson({
          preferredName: 'Sam',
          pronouns: 'she/her',
          aboutInTheirWords: 'I love my garden.',
        }).id;
        record.addPerson({ preferredName: 'Alex', archivedAt: new Date().toISOString() });
      },
    });
    return { ...app, personId };
  }

  it('the People list, with archived people shown, has no violations', async () => {
    const { user } = seeded();
    await screen.findByRole('link', { name: 'Sam' });
    await user.click(screen.getByRole('switch', { name: 'Show archived' }));
    await screen.findByRole('link', { name: 'Alex' });
    expect(await violations()).toEqual([]);
  });

  it('adding a person, with an error showing, has no violations', async () => {
    const { user } = seeded();
    await user.click(await screen.findByRole('link', { name: 'Add a person' }));
    await user.click(await screen.findByRole('button', { name: 'Add this person' }));
    await screen.findByText('Please write the name they like to be called.');
    expect(await violations()).toEqual([]);
  });

  it('a person, their goals and the archive dialog have no violations', async () => {
    const { user, personId } = seeded();
    window.location.hash = `#/people/${personId}`;
    await screen.findByRole('heading', { level: 1, name: 'Sam (she/her)' });
    expect(await violations()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Archive' }));
    await screen.findByRole('alertdialog');
    expect(await violations()).toEqual([]);
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('link', { name: 'Goals' }));
    await user.click(await screen.findByRole('button', { name: 'Add a goal' }));
    await user.type(screen.getByRole('textbox', { name: /^The goal, in their words/ }), 'Swim');
    await user.click(screen.getByRole('button', { name: 'Add this goal' }));
    const goal = await screen.findByRole('article', { name: 'Swim' });
    await user.type(within(goal).getByRole('textbox', { name: 'New step' }), 'Find a pool');
    await user.click(within(goal).getByRole('button', { name: 'Add step' }));
    await user.click(await within(goal).findByRole('checkbox', { name: 'Find a pool' }));
    await screen.findByText('Step done — nice work together.');
    expect(await violations()).toEqual([]);
  });

  it('the note editor, with a suggestion and a next step, and a version, have no violations', async () => {
    const { user, personId } = seeded();
    window.location.hash = `#/people/${personId}/notes`;
    await user.click(await screen.findByRole('button', { name: 'New note' }));
    const field = await screen.findByRole('textbox', { name: 'What we talked about' });
    await user.type(field, 'Someone called her manipulative');
    await screen.findByText(/you might say/, undefined, { timeout: 3_000 });
    await user.click(screen.getByRole('button', { name: 'Add a next step' }));
    await screen.findByText(/^Saved at/, undefined, { timeout: 3_000 });
    expect(await violations()).toEqual([]);

    await user.click(await screen.findByRole('link', { name: /^Version 1, saved/ }));
    await screen.findByRole('heading', { level: 2, name: 'Version 1 of this note' });
    expect(await violations()).toEqual([]);
  });

  it('search, reflections and the reflection editor have no violations', async () => {
    const { user } = seeded();
    await screen.findByRole('link', { name: 'Sam' });
    await user.keyboard('{Control>}k{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Search' });
    await user.type(within(dialog).getByRole('combobox'), 'garden');
    await within(dialog).findByRole('option');
    expect(await violations()).toEqual([]);
    await user.keyboard('{Escape}{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(screen.getByRole('link', { name: 'Reflections' }));
    await user.click(await screen.findByRole('button', { name: 'New reflection' }));
    await screen.findByRole('textbox', { name: 'Your reflection' });
    expect(await violations()).toEqual([]);
  });
});
