import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PolicyStatus } from '../../src-main/contract';
import { BACKUP_PASSPHRASE, BACKUP_RECOVERY_CODE, NO_POLICY } from './fake-admin';
import type { FakeCore } from './fake-bridge';
import { renderApp } from './render-app';

const AGENCY_IDLE_10: PolicyStatus = {
  ...NO_POLICY,
  effective: { ...NO_POLICY.effective, idleLockMaxMinutes: 10, releaseFormats: ['pdf'] },
  locked: ['idleLockMaxMinutes', 'releaseFormats'],
  source: 'agency',
};

const MALFORMED: PolicyStatus = {
  effective: {
    idleLockMaxMinutes: 5,
    minPassphraseScore: 4,
    consentDefaultDays: 7,
    consentMaxDays: 30,
    releaseFormats: [],
    funderReportEnabled: false,
  },
  locked: [
    'idleLockMaxMinutes',
    'minPassphraseScore',
    'kdfFloor',
    'consentDefaultDays',
    'consentMaxDays',
    'releaseFormats',
    'funderReportEnabled',
  ],
  source: 'malformed',
  warning: 'policy_invalid',
};

async function openSettings(setup: (core: FakeCore) => void = () => {}) {
  window.location.hash = '#/settings';
  const app = renderApp({ state: 'unlocked' });
  setup(app.core);
  await screen.findByRole('heading', { level: 1, name: 'Settings' });
  return app;
}

describe('settings: the agency policy', () => {
  it('shows nothing set by the agency when there is no policy file', async () => {
    await openSettings();
    const minutes = await screen.findByLabelText('Idle lock time (minutes)');
    expect(minutes).toHaveAccessibleDescription(
      'Alongside locks itself after this many minutes without activity.',
    );
    expect(screen.queryByRole('heading', { name: 'Set by your agency' })).not.toBeInTheDocument();
  });

  it('marks the agency values, keeps a stricter idle time and refuses a looser one', async () => {
    const { user, core } = await openSettings((c) => {
      c.admin.policy = AGENCY_IDLE_10;
    });
    const minutes = await screen.findByLabelText('Idle lock time (minutes)');
    expect(minutes).toHaveAccessibleDescription(
      /Set by your agency: at most 10 minutes\. You can choose a shorter time\./,
    );
    const section = screen.getByRole('region', { name: 'Set by your agency' });
    expect(
      within(section).getByText(
        'Alongside locks itself after at most 10 minutes without activity.',
      ),
    ).toBeInTheDocument();
    expect(within(section).getByText('Shares can be saved as: PDF.')).toBeInTheDocument();

    await user.clear(minutes);
    await user.type(minutes, '20');
    await user.click(screen.getByRole('button', { name: 'Save lock time' }));
    expect(
      await screen.findByText(
        'That is longer than your agency allows. Please choose a shorter time.',
      ),
    ).toBeInTheDocument();
    expect(core.callsTo('settings.setIdleLock')).toHaveLength(0);

    await user.clear(minutes);
    await user.type(minutes, '3');
    await user.click(screen.getByRole('button', { name: 'Save lock time' }));
    await waitFor(() => expect(core.callsTo('settings.setIdleLock')).toEqual([{ minutes: 3 }]));
  });

  it('warns plainly in settings when the agency file could not be used', async () => {
    await openSettings((c) => {
      c.admin.policy = MALFORMED;
    });
    expect(
      await screen.findByText(/The settings file from your agency has a mistake in it/),
    ).toBeInTheDocument();
    expect(screen.getByText('Shares cannot be saved to a file.')).toBeInTheDocument();
  });

  it('shows the warning on the unlock screen too', async () => {
    const { core } = renderApp({ state: 'locked' });
    core.admin.policy = MALFORMED;
    await screen.findByRole('heading', { level: 1, name: 'Unlock Alongside' });
    expect(
      await screen.findByText("Your agency's settings file could not be used"),
    ).toBeInTheDocument();
  });
});

describe('settings: backup and verify', () => {
  it('makes a backup and says where, with counts; a cancelled dialog makes none', async () => {
    const { user, core } = await openSettings();
    await user.click(screen.getByRole('button', { name: 'Make a backup' }));
    expect(
      await screen.findByText(
        'Your backup is saved and checked, in the folder “Alongside backup 2026-11-30 1405”. It holds 3 people and 12 notes.',
      ),
    ).toBeInTheDocument();

    core.admin.folder = null;
    await user.click(screen.getByRole('button', { name: 'Make a backup' }));
    expect(
      await screen.findByText('No folder was chosen, so no backup was made.'),
    ).toBeInTheDocument();
  });

  it('explains a backup that failed its check', async () => {
    const { user, core } = await openSettings();
    core.failNext('backup.create', 'BACKUP_DAMAGED');
    await user.click(screen.getByRole('button', { name: 'Make a backup' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This backup could not be opened or checked. It may be damaged.',
    );
  });

  it('checks the vault and gives a plain result, good or not', async () => {
    const { user, core } = await openSettings();
    await user.click(screen.getByRole('button', { name: 'Check now' }));
    expect(
      await screen.findByText(
        'Everything checked out. Your vault is not damaged and its history of 42 changes is complete.',
      ),
    ).toBeInTheDocument();

    core.admin.verifyResult = {
      cipherIntegrity: 'ok',
      integrity: 'ok',
      audit: { intact: false, events: 7, firstBrokenSeq: 8 },
    };
    await user.click(screen.getByRole('button', { name: 'Check now' }));
    expect(
      await screen.findByText(
        "The history of changes is not complete: it breaks at entry 8. Please contact your agency's IT team.",
      ),
    ).toBeInTheDocument();

    core.admin.verifyResult = {
      cipherIntegrity: 'failed',
      integrity: 'ok',
      audit: { intact: false, events: 0 },
    };
    await user.click(screen.getByRole('button', { name: 'Check now' }));
    expect(
      await screen.findByText(/Part of your vault could not be read and may be damaged/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        "The history of changes could not be read in full. Please contact your agency's IT team.",
      ),
    ).toBeInTheDocument();
  });
});

describe('restore from a backup', () => {
  it('restores on a new computer with the passphrase, by keyboard', async () => {
    const { user, core } = renderApp({ state: 'absent' });
    await screen.findByRole('heading', { level: 1, name: 'Welcome to Alongside' });
    await user.click(screen.getByRole('button', { name: 'Restore from a backup' }));
    await screen.findByRole('heading', { level: 1, name: 'Restore from a backup' });
    expect(screen.queryByLabelText(/To replace it, type/)).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('Passphrase'), 'not the right one');
    await user.keyboard('{Enter}');
    expect(
      await screen.findByText("That passphrase doesn't match. Please try again."),
    ).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Passphrase'));
    await user.type(screen.getByLabelText('Passphrase'), BACKUP_PASSPHRASE);
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'People' })).toBeInTheDocument();
    expect(core.callsTo('restore.fromBackup').at(-1)).toEqual({
      secret: { passphrase: BACKUP_PASSPHRASE },
    });
  });

  it('replaces a vault only after the typed word, using the recovery code', async () => {
    const { user, core } = renderApp({ state: 'locked' });
    await screen.findByRole('heading', { level: 1, name: 'Unlock Alongside' });
    await user.click(screen.getByRole('button', { name: 'Restore from a backup' }));
    await screen.findByRole('heading', { level: 1, name: 'Restore from a backup' });
    expect(screen.getByText('This computer already has a vault')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'With my recovery code' }));
    await user.type(screen.getByLabelText('Recovery code'), BACKUP_RECOVERY_CODE);
    await user.type(
      screen.getByLabelText('New passphrase'),
      'copper kettle whistles near seven pines',
    );
    await user.type(
      screen.getByLabelText('Confirm new passphrase'),
      'copper kettle whistles near seven pines',
    );
    await user.type(screen.getByLabelText('To replace it, type REPLACE'), 'replace');
    await user.click(screen.getByRole('button', { name: 'Choose the backup folder' }));
    expect(await screen.findByText('Please type the word exactly as shown.')).toBeInTheDocument();
    expect(core.callsTo('restore.fromBackup')).toHaveLength(0);

    await user.clear(screen.getByLabelText('To replace it, type REPLACE'));
    await user.type(screen.getByLabelText('To replace it, type REPLACE'), 'REPLACE');
    await user.click(screen.getByRole('button', { name: 'Choose the backup folder' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'People' })).toBeInTheDocument();
    expect(core.callsTo('restore.fromBackup')).toEqual([
      {
        secret: {
          recoveryCode: BACKUP_RECOVERY_CODE,
          newPassphrase: 'copper kettle whistles near seven pines',
        },
        replaceConfirmation: 'REPLACE',
      },
    ]);
  });

  it('says so when no folder was chosen, and goes back to unlock', async () => {
    const { user, core } = renderApp({ state: 'locked' });
    core.admin.folder = null;
    await screen.findByRole('heading', { level: 1, name: 'Unlock Alongside' });
    await user.click(screen.getByRole('button', { name: 'Restore from a backup' }));
    await user.type(await screen.findByLabelText('Passphrase'), BACKUP_PASSPHRASE);
    await user.type(screen.getByLabelText('To replace it, type REPLACE'), 'REPLACE');
    await user.click(screen.getByRole('button', { name: 'Choose the backup folder' }));
    expect(
      await screen.findByText('No folder was chosen, so nothing was restored.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Unlock Alongside' }),
    ).toBeInTheDocument();
  });
});
