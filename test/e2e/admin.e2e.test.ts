import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import type { E2EApp } from './harness';
import {
  launchApp,
  launchBrowser,
  screenshot,
  expectAccessible as expectAccessibleOn,
} from './harness';
import { activate, tabTo, typeInto } from './keyboard';

const PASSPHRASE = 'otter lantern quietly folds maps';
const NEW_PASSPHRASE = 'copper kettle whistles near seven pines';
const NAMES = ['Robin', 'Sam'];

let browser: Browser;
let office: E2EApp;
let laptop: E2EApp | null = null;
let page: Page;
let folders: { path: string; remove: () => Promise<void> };
let recoveryCode = '';
/** What the folder dialog answers next; the test moves it from "backups" to the backup itself. */
let chosenFolder: string | null = null;

beforeAll(async () => {
  folders = await makeTempDir('alongside-e2e-admin-');
  const policyFile = join(folders.path, 'policy.json');
  await writeFile(policyFile, JSON.stringify({ version: 1, idleLockMaxMinutes: 10 }));
  browser = await launchBrowser();
  office = await launchApp(browser, undefined, {
    policyFile,
    onChooseFolder: () => Promise.resolve(chosenFolder),
  });
  // The record itself is made through the core; these tests are about keeping it safe.
  const created = await office.host.invoke('vault.create', { passphrase: PASSPHRASE });
  if (!created.ok) throw new Error('vault not created');
  recoveryCode = (created.value as { recoveryCode: string }).recoveryCode;
  await office.host.invoke('vault.confirmRecoveryCode', {});
  for (const preferredName of NAMES) {
    await office.host.invoke('people.create', {
      preferredName,
      pronouns: '',
      contactPreference: '',
      aboutInTheirWords: '',
      strengths: '',
    });
  }
  await office.reload();
  page = office.page;
});

afterEach(async (context) => {
  if (context.task.result?.state === 'fail') {
    await page.screenshot({ path: join('test-results', `${context.task.name.slice(0, 40)}.png`) });
    console.log(await page.locator('body').innerText());
  }
});

afterAll(async () => {
  await laptop?.close();
  await office?.close();
  await browser?.close();
  await folders?.remove();
});

const expectAccessible = (screenName: string) => expectAccessibleOn(page, screenName);

const heading = (name: string) => page.getByRole('heading', { level: 1, name });
const field = (name: string) => page.getByLabel(name, { exact: true });
const button = (name: string) => page.getByRole('button', { name, exact: true });

describe('agency policy, backup, verify and restore, by keyboard, through the real core', () => {
  it('shows the idle lock set by the agency as locked, and refuses a longer time', async () => {
    await heading('People').waitFor();
    await activate(page, page.getByRole('link', { name: 'Settings' }));
    await heading('Settings').waitFor();
    const minutes = field('Idle lock time (minutes)');
    await expect
      .poll(async () => page.getByText(/Set by your agency: at most 10 minutes/).count(), {
        timeout: 5_000,
      })
      .toBe(1);
    const agency = page.getByRole('region', { name: 'Set by your agency' });
    await expect
      .poll(() => agency.innerText(), { timeout: 5_000 })
      .toContain('Alongside locks itself after at most 10 minutes without activity.');

    await typeInto(page, minutes, '30');
    await activate(page, button('Save lock time'));
    await expect
      .poll(() =>
        page.getByText('That is longer than your agency allows.', { exact: false }).count(),
      )
      .toBe(1);
    await expectAccessible('settings with agency values');
    await screenshot(page, '20-settings-agency');
  });

  it('makes a backup into the chosen folder and reports it checked', async () => {
    chosenFolder = folders.path;
    await activate(page, button('Make a backup'));
    const done = page.getByText(
      /Your backup is saved and checked, in the folder “Alongside backup/,
    );
    await done.waitFor();
    expect(await done.innerText()).toContain('It holds 2 people and 0 notes.');
    const made = (await readdir(folders.path)).filter((n) => n.startsWith('Alongside backup'));
    expect(made).toHaveLength(1);
    expect((await readdir(join(folders.path, made[0] as string))).sort()).toEqual([
      'alongside.db',
      'vault.json',
    ]);
    chosenFolder = join(folders.path, made[0] as string);
    await expectAccessible('settings after a backup');
  });

  it('checks the vault and says so plainly', async () => {
    await activate(page, button('Check now'));
    await page.getByText(/^Everything checked out\./).waitFor();
    await expectAccessible('settings after a check');
    await screenshot(page, '21-settings-backup-verify');
  });

  it('restores the backup into a fresh data folder, unlocks it again, and shows the same people', async () => {
    laptop = await launchApp(browser, undefined, {
      onChooseFolder: () => Promise.resolve(chosenFolder),
    });
    page = laptop.page;
    await heading('Welcome to Alongside').waitFor();
    await activate(page, button('Restore from a backup'));
    await heading('Restore from a backup').waitFor();
    await expectAccessible('restore on a new computer');
    await screenshot(page, '22-restore');

    await typeInto(page, field('Passphrase'), PASSPHRASE);
    await activate(page, button('Choose the backup folder'));
    await heading('People').waitFor();
    for (const name of NAMES) await page.getByText(name, { exact: true }).first().waitFor();

    // From now on it is this computer's own vault: it locks, and opens with the same passphrase.
    await page.keyboard.press('Control+L');
    await heading('Unlock Alongside').waitFor();
    expect(await page.getByText(NAMES[0] as string, { exact: true }).count()).toBe(0);
    await typeInto(page, field('Passphrase'), PASSPHRASE);
    await activate(page, button('Unlock'));
    await heading('People').waitFor();
    for (const name of NAMES) await page.getByText(name, { exact: true }).first().waitFor();
    const listed = await laptop.host.invoke('people.list', { includeArchived: true });
    const items = listed.ok
      ? (listed.value as { items: Array<{ preferredName: string }> }).items
      : [];
    expect(items.map((person) => person.preferredName).sort()).toEqual([...NAMES].sort());
  });

  it('replaces a vault only after the typed word, with the recovery code', async () => {
    await activate(page, button('Lock'));
    await heading('Unlock Alongside').waitFor();
    await activate(page, button('Restore from a backup'));
    await heading('Restore from a backup').waitFor();
    await page.getByText('This computer already has a vault').waitFor();

    await tabTo(
      page,
      page.getByRole('radio', { name: 'With the passphrase I had when the backup was made' }),
    );
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => page.getByRole('radio', { name: 'With my recovery code' }).isChecked())
      .toBe(true);
    await typeInto(page, field('Recovery code'), recoveryCode);
    await typeInto(page, field('New passphrase'), NEW_PASSPHRASE);
    await typeInto(page, field('Confirm new passphrase'), NEW_PASSPHRASE);
    await typeInto(page, field('To replace it, type REPLACE'), 'yes');
    await activate(page, button('Choose the backup folder'));
    await page.getByText('Please type the word exactly as shown.').waitFor();
    await expectAccessible('restore replacing a vault, with an error');

    await typeInto(page, field('To replace it, type REPLACE'), 'REPLACE');
    await activate(page, button('Choose the backup folder'));
    await heading('People').waitFor();
    for (const name of NAMES) await page.getByText(name, { exact: true }).first().waitFor();
    const aside = (await readdir(laptop?.dataDir ?? '')).filter((n) =>
      n.startsWith('vault-before-restore-'),
    );
    expect(aside).toHaveLength(1);
  });

  it('made no request outside the app and no page error', () => {
    expect(office.blockedRequests).toEqual([]);
    expect(laptop?.blockedRequests).toEqual([]);
    expect(office.pageErrors).toEqual([]);
    expect(laptop?.pageErrors).toEqual([]);
  });
});
