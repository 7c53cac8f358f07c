import { screen } from '@testing-library/react';
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
