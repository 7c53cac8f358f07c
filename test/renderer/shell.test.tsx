import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { queryKeys } from '../../src-renderer/src/queries/keys';
import { renderApp } from './render-app';

async function unlockedApp(options: Parameters<typeof renderApp>[0] = {}) {
  const app = renderApp({ state: 'unlocked', ...options });
  await screen.findByRole('heading', { level: 1, name: 'People' });
  return app;
}

describe('the app shell', () => {
  it('has a header with navigation and a Lock button showing its shortcut', async () => {
    await unlockedApp();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(nav).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'People' })).toHaveAttribute('aria-current', 'page');
    const lock = screen.getByRole('button', { name: 'Lock' });
    expect(lock).toHaveAccessibleDescription(/Ctrl\s*\+\s*L/);
    expect(screen.getAllByRole('main')).toHaveLength(1);
  });

  it('locks with the Lock button', async () => {
    const { user, core } = await unlockedApp();
    await user.click(screen.getByRole('button', { name: 'Lock' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Unlock Alongside' }),
    ).toBeInTheDocument();
    expect(core.callsTo('vault.lock')).toHaveLength(1);
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
  });

  it('locks with Ctrl+L', async () => {
    const { user, core } = await unlockedApp();
    await user.keyboard('{Control>}l{/Control}');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Unlock Alongside' }),
    ).toBeInTheDocument();
    expect(core.callsTo('vault.lock')).toHaveLength(1);
  });

  it('locks with Cmd+L', async () => {
    const { core } = await unlockedApp();
    fireEvent.keyDown(window, { key: 'l', metaKey: true });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Unlock Alongside' }),
    ).toBeInTheDocument();
    expect(core.callsTo('vault.lock')).toHaveLength(1);
  });

  it('returns to the unlock screen, says why, and forgets everything when the core locks', async () => {
    const { core, queryClient } = await unlockedApp();
    queryClient.setQueryData(['people'], [{ name: 'someone' }]);

    core.lockFromCore('idle');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Unlock Alongside' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Locked because the computer was idle.')).toBeInTheDocument();
    expect(queryClient.getQueryData(['people'])).toBeUndefined();
    expect(queryClient.getQueryData(queryKeys.vaultStatus)).toMatchObject({ state: 'locked' });
  });

  it('says when the computer went to sleep', async () => {
    const { core } = await unlockedApp();
    core.lockFromCore('suspend');
    expect(
      await screen.findByText('Locked because the computer went to sleep.'),
    ).toBeInTheDocument();
  });

  it('tells the core about activity, at most once in a while', async () => {
    const { user, core } = await unlockedApp();
    const before = core.callsTo('session.activity').length;
    await user.keyboard('abc');
    await user.click(screen.getByRole('heading', { level: 1, name: 'People' }));
    expect(core.callsTo('session.activity').length - before).toBeLessThanOrEqual(1);
    expect(core.callsTo('session.activity').length).toBeGreaterThan(0);
  });

  it('invites the person to make a new recovery code when the last one was never confirmed', async () => {
    const { user } = await unlockedApp({ recoveryCodeConfirmed: false });
    expect(
      screen.getByRole('heading', { level: 2, name: 'Your recovery code is not confirmed yet' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Make a new recovery code' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
  });

  it('moves between People and Settings', async () => {
    const { user } = await unlockedApp();
    await user.click(screen.getByRole('link', { name: 'Settings' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/settings');
    await user.click(screen.getByRole('link', { name: 'People' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'People' })).toBeInTheDocument();
  });
});
