import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FIRST_RECOVERY_CODE, GOOD_PASSPHRASE, OTHER_GOOD_PASSPHRASE } from './fake-bridge';
import { renderApp } from './render-app';

const WRONG = 'not my passphrase';

describe('unlocking', () => {
  it('opens on the unlock screen with the passphrase field ready', async () => {
    renderApp({ state: 'locked' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Unlock Alongside' }),
    ).toBeInTheDocument();
    const field = screen.getByLabelText('Passphrase');
    expect(field).toHaveAttribute('type', 'password');
    expect(field).toHaveFocus();
  });

  it('shows and hides the passphrase', async () => {
    const { user } = renderApp({ state: 'locked' });
    const field = await screen.findByLabelText('Passphrase');
    const toggle = screen.getByRole('button', { name: 'Show Passphrase' });
    await user.click(toggle);
    expect(field).toHaveAttribute('type', 'text');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
  });

  it('says plainly when the passphrase is wrong, tied to the field', async () => {
    const { user } = renderApp({ state: 'locked' });
    await user.type(await screen.findByLabelText('Passphrase'), WRONG);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));

    const message = await screen.findByText("That passphrase doesn't match. Please try again.");
    const field = screen.getByLabelText('Passphrase');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    const describedBy = field.getAttribute('aria-describedby') ?? '';
    const errorElement = message.closest('[id]');
    expect(errorElement).not.toBeNull();
    expect(describedBy.split(' ')).toContain(errorElement?.id);
  });

  it('counts down and disables Unlock after too many wrong tries', async () => {
    const { user, core } = renderApp({ state: 'locked' });
    const field = await screen.findByLabelText('Passphrase');
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await user.clear(field);
      await user.type(field, `${WRONG} ${attempt}`);
      await user.click(screen.getByRole('button', { name: 'Unlock' }));
      await screen.findByText("That passphrase doesn't match. Please try again.");
    }

    expect(await screen.findByText('Please wait 0:30 before trying again.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Unlock' })).toBeDisabled();
    expect(core.callsTo('vault.unlock')).toHaveLength(5);
  });

  it('starts the countdown when the core answers that it is pausing', async () => {
    const { user, core } = renderApp({ state: 'locked' });
    const field = await screen.findByLabelText('Passphrase');
    core.failures = 5;
    core.lastFailureAt = Date.now();
    await user.type(field, GOOD_PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));

    expect(await screen.findByText(/pausing for safety/)).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent('Please wait 0:30 before trying again.');
    expect(screen.getByRole('button', { name: 'Unlock' })).toBeDisabled();
    expect(field).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('shows the wait on load when the core is already refusing tries', async () => {
    renderApp({ state: 'locked', failures: 6 });
    expect(await screen.findByText('Please wait 1:00 before trying again.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Unlock' })).toBeDisabled();
  });

  it('allows trying again once the wait is over', async () => {
    const { user } = renderApp({ state: 'locked', failures: 5, firstDelayMs: 1_200 });
    expect(await screen.findByText('Please wait 0:02 before trying again.')).toBeInTheDocument();
    const unlock = screen.getByRole('button', { name: 'Unlock' });
    expect(unlock).toBeDisabled();

    await waitFor(() => expect(unlock).toBeEnabled(), { timeout: 3_000 });
    expect(screen.queryByText(/Please wait/)).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Passphrase'), GOOD_PASSPHRASE);
    await user.click(unlock);
    expect(await screen.findByRole('heading', { level: 1, name: 'People' })).toBeInTheDocument();
  });

  it('explains a problem with the vault itself apart from the passphrase', async () => {
    const { user, core } = renderApp({ state: 'locked' });
    core.failNext('vault.unlock', 'DATABASE_NEWER');
    await user.type(await screen.findByLabelText('Passphrase'), GOOD_PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This vault was made by a newer version of Alongside. Please ask your IT team to update the app.',
    );
    expect(screen.getByLabelText('Passphrase')).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('Injected DATABASE_NEWER.')).not.toBeInTheDocument();
  });

  it('says plainly when Alongside cannot open, and tries again on request', async () => {
    const { user, core } = renderApp({ state: 'locked', settings: {} });
    core.failNext('vault.status', 'DATABASE_DAMAGED');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Alongside could not open' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/seems damaged/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Unlock Alongside' }),
    ).toBeInTheDocument();
  });

  it('shows People after the right passphrase', async () => {
    const { user } = renderApp({ state: 'locked' });
    await user.type(await screen.findByLabelText('Passphrase'), GOOD_PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'People' })).toBeInTheDocument();
    expect(
      screen.getByText('No one here yet. People you support will appear here.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });
});

describe('unlocking with the recovery code', () => {
  async function openRecovery(user: ReturnType<typeof renderApp>['user']) {
    await user.click(
      await screen.findByRole('button', {
        name: 'Forgot your passphrase? Use your recovery code',
      }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Use your recovery code' });
  }

  it('says when the recovery code does not match', async () => {
    const { user } = renderApp({ state: 'locked' });
    await openRecovery(user);
    await user.type(screen.getByLabelText('Recovery code'), 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF');
    await user.type(screen.getByLabelText('New passphrase'), OTHER_GOOD_PASSPHRASE);
    await user.type(screen.getByLabelText('Confirm new passphrase'), OTHER_GOOD_PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Unlock with recovery code' }));

    expect(
      await screen.findByText("That recovery code doesn't match. Please check it and try again."),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Recovery code')).toHaveAttribute('aria-invalid', 'true');
  });

  it('explains the shape of a code before asking the core', async () => {
    const { user, core } = renderApp({ state: 'locked' });
    await openRecovery(user);
    await user.type(screen.getByLabelText('Recovery code'), 'ABC');
    await user.click(screen.getByRole('button', { name: 'Unlock with recovery code' }));

    expect(
      await screen.findByText('A recovery code has 24 letters and numbers, in six groups of four.'),
    ).toBeInTheDocument();
    expect(core.callsTo('vault.unlockWithRecoveryCode')).toHaveLength(0);
  });

  it('opens the vault with the code and a new passphrase', async () => {
    const { user, core } = renderApp({ state: 'locked' });
    await openRecovery(user);
    await user.type(screen.getByLabelText('Recovery code'), FIRST_RECOVERY_CODE.toLowerCase());
    await user.type(screen.getByLabelText('New passphrase'), OTHER_GOOD_PASSPHRASE);
    await user.type(screen.getByLabelText('Confirm new passphrase'), OTHER_GOOD_PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Unlock with recovery code' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'People' })).toBeInTheDocument();
    expect(core.passphrase).toBe(OTHER_GOOD_PASSPHRASE);
  });

  it('goes back to the passphrase', async () => {
    const { user } = renderApp({ state: 'locked' });
    await openRecovery(user);
    await user.click(screen.getByRole('button', { name: 'Back to unlock' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Unlock Alongside' }),
    ).toBeInTheDocument();
  });
});
