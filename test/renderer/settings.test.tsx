import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GOOD_PASSPHRASE, OTHER_GOOD_PASSPHRASE, SECOND_RECOVERY_CODE } from './fake-bridge';
import { renderApp } from './render-app';

async function openSettings(options: Parameters<typeof renderApp>[0] = {}) {
  window.location.hash = '#/settings';
  const app = renderApp({ state: 'unlocked', ...options });
  await screen.findByRole('heading', { level: 1, name: 'Settings' });
  return app;
}

describe('settings', () => {
  it('switches the whole interface to French', async () => {
    const { user, core } = await openSettings();
    await user.click(screen.getByRole('radio', { name: 'Français (Canada)' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Paramètres' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Personnes' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Verrouiller' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Français (Canada)' })).toBeChecked();
    expect(document.documentElement.lang).toBe('fr-CA');
    expect(core.settings.language).toBe('fr-CA');
  });

  it('lets the language be chosen on the unlock screen too', async () => {
    const { user } = renderApp({ state: 'locked' });
    await user.click(await screen.findByRole('radio', { name: 'Français (Canada)' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Déverrouiller Alongside' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Phrase de passe')).toBeInTheDocument();
  });

  it('refuses an idle lock time outside 1 to 60 minutes', async () => {
    const { user, core } = await openSettings();
    const minutes = screen.getByLabelText('Idle lock time (minutes)');
    expect(minutes).toHaveValue('5');
    expect(minutes).toHaveAccessibleDescription(
      'Alongside locks itself after this many minutes without activity.',
    );

    await user.clear(minutes);
    await user.type(minutes, '90');
    await user.click(screen.getByRole('button', { name: 'Save lock time' }));

    expect(
      await screen.findByText('Please enter a whole number from 1 to 60.'),
    ).toBeInTheDocument();
    expect(minutes).toHaveAttribute('aria-invalid', 'true');
    expect(core.callsTo('settings.setIdleLock')).toHaveLength(0);

    await user.clear(minutes);
    await user.type(minutes, '0');
    await user.click(screen.getByRole('button', { name: 'Save lock time' }));
    expect(core.callsTo('settings.setIdleLock')).toHaveLength(0);
  });

  it('saves an idle lock time within range', async () => {
    const { user, core } = await openSettings();
    const minutes = screen.getByLabelText('Idle lock time (minutes)');
    await user.clear(minutes);
    await user.type(minutes, '12');
    await user.click(screen.getByRole('button', { name: 'Save lock time' }));

    expect(
      await screen.findByText('Saved. Alongside will lock after 12 minutes without activity.'),
    ).toBeInTheDocument();
    expect(core.settings.idleLockMinutes).toBe(12);
  });
});

describe('changing the passphrase', () => {
  async function fill(
    user: Awaited<ReturnType<typeof openSettings>>['user'],
    current: string,
    next: string,
    confirm = next,
  ) {
    await user.type(screen.getByLabelText('Current passphrase'), current);
    await user.type(screen.getByLabelText('New passphrase'), next);
    await user.type(screen.getByLabelText('Confirm new passphrase'), confirm);
    await user.click(screen.getByRole('button', { name: 'Change passphrase' }));
  }

  it('says when the current passphrase is wrong', async () => {
    const { user, core } = await openSettings();
    await fill(user, 'not it at all', OTHER_GOOD_PASSPHRASE);

    expect(
      await screen.findByText("That passphrase doesn't match. Please try again."),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Current passphrase')).toHaveAttribute('aria-invalid', 'true');
    expect(core.passphrase).toBe(GOOD_PASSPHRASE);
  });

  it('refuses a new passphrase that is too easy to guess', async () => {
    const { user, core } = await openSettings();
    await fill(user, GOOD_PASSPHRASE, 'qwerty');

    expect(
      await screen.findByText(
        'This passphrase is too easy to guess. Try adding a few more unrelated words.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('New passphrase')).toHaveAttribute('aria-invalid', 'true');
    expect(core.callsTo('vault.changePassphrase')).toHaveLength(0);
  });

  it('says when the confirmation differs', async () => {
    const { user } = await openSettings();
    await fill(user, GOOD_PASSPHRASE, OTHER_GOOD_PASSPHRASE, `${OTHER_GOOD_PASSPHRASE}!`);
    expect(await screen.findByText("The two passphrases don't match.")).toBeInTheDocument();
  });

  it('says plainly when it worked', async () => {
    const { user, core } = await openSettings();
    await fill(user, GOOD_PASSPHRASE, OTHER_GOOD_PASSPHRASE);

    expect(
      await screen.findByText(
        'Your passphrase has been changed. Use the new one next time you unlock.',
      ),
    ).toBeInTheDocument();
    expect(core.passphrase).toBe(OTHER_GOOD_PASSPHRASE);
    expect(screen.getByLabelText('Current passphrase')).toHaveValue('');
  });
});

describe('making a new recovery code', () => {
  it('asks for the passphrase, shows the new code, then checks two groups', async () => {
    const { user, core } = await openSettings();
    await user.type(screen.getByLabelText('Passphrase'), GOOD_PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Make a new recovery code' }));

    await screen.findByRole('heading', { level: 3, name: 'Your recovery code' });
    const list = screen.getByRole('list', { name: 'Recovery code, in six groups' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(SECOND_RECOVERY_CODE.split('-'));
    expect(core.recoveryCodeConfirmed).toBe(false);

    await user.click(screen.getByRole('checkbox', { name: 'I have written it down' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const labels = await screen.findAllByText(/^Group \d$/);
    const groups = SECOND_RECOVERY_CODE.split('-');
    for (const label of labels) {
      const number = Number(label.textContent.replace('Group ', ''));
      await user.type(screen.getByLabelText(`Group ${number}`), groups[number - 1] ?? '');
    }
    await user.click(screen.getByRole('button', { name: 'Check' }));

    expect(
      await screen.findByText('Your new recovery code is ready. The old one no longer works.'),
    ).toBeInTheDocument();
    expect(core.recoveryCodeConfirmed).toBe(true);
  });

  it('says when the passphrase is wrong', async () => {
    const { user, core } = await openSettings();
    await user.type(screen.getByLabelText('Passphrase'), 'something else entirely');
    await user.click(screen.getByRole('button', { name: 'Make a new recovery code' }));

    expect(
      await screen.findByText("That passphrase doesn't match. Please try again."),
    ).toBeInTheDocument();
    expect(core.recoveryCode).not.toBe(SECOND_RECOVERY_CODE);
  });
});
