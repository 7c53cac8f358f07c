import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FIRST_RECOVERY_CODE, GOOD_PASSPHRASE } from './fake-bridge';
import { renderApp } from './render-app';

async function fillPassphrases(
  user: ReturnType<typeof renderApp>['user'],
  passphrase: string,
  confirm: string,
) {
  await user.type(await screen.findByLabelText('Passphrase'), passphrase);
  await user.type(screen.getByLabelText('Confirm passphrase'), confirm);
}

/** The groups are chosen at random; the screen says which, as the labels of the two fields. */
async function readGroupsAsked(): Promise<[number, number]> {
  const labels = await screen.findAllByText(/^Group \d$/);
  const [first, second] = labels.map((label) => Number(label.textContent.replace('Group ', '')));
  if (first === undefined || second === undefined) throw new Error('Two groups expected.');
  return [first, second];
}

async function reachTheCheck(user: ReturnType<typeof renderApp>['user']) {
  await fillPassphrases(user, GOOD_PASSPHRASE, GOOD_PASSPHRASE);
  await user.click(screen.getByRole('button', { name: 'Create my vault' }));
  await screen.findByRole('heading', { level: 1, name: 'Your recovery code' });
  await user.click(screen.getByRole('checkbox', { name: 'I have written it down' }));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await screen.findByRole('heading', { level: 1, name: 'Check your recovery code' });
}

describe('creating the vault', () => {
  it('welcomes the person and explains what Alongside is', async () => {
    renderApp();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome to Alongside' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/encrypted vault/)).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: 'Language' })).toBeInTheDocument();
  });

  it('refuses a passphrase that is too easy to guess, and says why', async () => {
    const { user, core } = renderApp();
    await fillPassphrases(user, 'password', 'password');
    expect(await screen.findByText('Too easy to guess')).toBeInTheDocument();
    expect(
      await screen.findByText('This is one of the most used passphrases of all.'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Create my vault' }));

    expect(
      await screen.findByText(
        'This passphrase is too easy to guess. Try adding a few more unrelated words.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Passphrase')).toHaveAttribute('aria-invalid', 'true');
    expect(core.callsTo('vault.create')).toHaveLength(0);
  });

  it('shows the meter as strong for a long passphrase', async () => {
    const { user } = renderApp();
    await user.type(await screen.findByLabelText('Passphrase'), GOOD_PASSPHRASE);
    const meter = await screen.findByRole('meter', { name: 'Passphrase strength' });
    await screen.findByText('Strong');
    expect(meter).toHaveAttribute('aria-valuetext', 'Strong');
  });

  it('says so when the two passphrases differ', async () => {
    const { user, core } = renderApp();
    await fillPassphrases(user, GOOD_PASSPHRASE, `${GOOD_PASSPHRASE}x`);
    await user.click(screen.getByRole('button', { name: 'Create my vault' }));

    expect(await screen.findByText("The two passphrases don't match.")).toBeInTheDocument();
    expect(screen.getByLabelText('Confirm passphrase')).toHaveAttribute('aria-invalid', 'true');
    expect(core.callsTo('vault.create')).toHaveLength(0);
  });

  it('shows the recovery code once the vault is made', async () => {
    const { user } = renderApp();
    await fillPassphrases(user, GOOD_PASSPHRASE, GOOD_PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Create my vault' }));

    await screen.findByRole('heading', { level: 1, name: 'Your recovery code' });
    const code = screen.getByRole('list', { name: 'Recovery code, in six groups' });
    const groups = within(code)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(groups).toEqual(FIRST_RECOVERY_CODE.split('-'));
    expect(screen.getByText(/shown only this once/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Continue' })).toBeDisabled();
  });

  it('asks again when a retyped group is wrong', async () => {
    const { user, core } = renderApp();
    await reachTheCheck(user);
    const [first, second] = await readGroupsAsked();
    const groups = FIRST_RECOVERY_CODE.split('-');

    await user.type(screen.getByLabelText(`Group ${first}`), 'ZZZZ');
    await user.type(screen.getByLabelText(`Group ${second}`), groups[second - 1] ?? '');
    await user.click(screen.getByRole('button', { name: 'Check' }));

    expect(
      await screen.findByText("That doesn't match the code. Check your paper and try again."),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(`Group ${first}`)).toHaveAttribute('aria-invalid', 'true');
    expect(core.callsTo('vault.confirmRecoveryCode')).toHaveLength(0);
  });

  it('goes to People once the right groups are typed, forgiving case and look-alikes', async () => {
    const { user, core } = renderApp();
    await reachTheCheck(user);
    const [first, second] = await readGroupsAsked();
    const groups = FIRST_RECOVERY_CODE.split('-');
    // Crockford tolerance: lower case, and O typed for 0, I or L typed for 1.
    const sloppy = (group: string) => group.toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l');

    await user.type(screen.getByLabelText(`Group ${first}`), sloppy(groups[first - 1] ?? ''));
    await user.type(screen.getByLabelText(`Group ${second}`), ` ${groups[second - 1] ?? ''} `);
    await user.click(screen.getByRole('button', { name: 'Check' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'People' })).toBeInTheDocument();
    expect(core.callsTo('vault.confirmRecoveryCode')).toHaveLength(1);
    expect(screen.queryByText('Your recovery code is not confirmed yet')).not.toBeInTheDocument();
  });
});
