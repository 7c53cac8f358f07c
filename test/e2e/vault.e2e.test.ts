import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { E2EApp } from './harness';
import {
  launchApp,
  launchBrowser,
  screenshot,
  expectAccessible as expectAccessibleOn,
} from './harness';
import { activate, tabTo, typeInto } from './keyboard';

const PASSPHRASE = 'otter lantern quietly folds maps';
const NEW_PASSPHRASE = 'violet harbour sings under teacups';

let browser: Browser;
let app: E2EApp;
let page: Page;
let recoveryCode = '';

beforeAll(async () => {
  browser = await launchBrowser();
  app = await launchApp(browser);
  page = app.page;
});
afterEach(async (context) => {
  // A failing step leaves a picture of what the page showed, for the CI log reader.
  if (context.task.result?.state === 'fail') {
    await page.screenshot({ path: join('test-results', `${context.task.name.slice(0, 40)}.png`) });
    console.log(await page.locator('body').innerText());
  }
});
afterAll(async () => {
  await app?.close();
  await browser?.close();
});

const expectAccessible = (screenName: string) => expectAccessibleOn(page, screenName);

const heading = (name: string) => page.getByRole('heading', { level: 1, name });
const field = (name: string) => page.getByLabel(name, { exact: true });
const button = (name: string) => page.getByRole('button', { name, exact: true });

/** Unlocked: the app shell with its Lock button (the page is wherever the person left it). */
const unlocked = () => button('Lock').waitFor();

async function answerGroupCheck(): Promise<void> {
  await heading('Check your recovery code').waitFor();
  const groups = recoveryCode.split('-');
  const labels = await page.getByText(/^Group \d$/).allTextContents();
  expect(labels).toHaveLength(2);
  for (const label of labels) {
    const index = Number(label.replace('Group ', ''));
    await typeInto(page, field(label), groups[index - 1] ?? '');
  }
}

describe('first run to unlock, by keyboard alone, in Chromium, through the real core', () => {
  it('creates a vault: a weak passphrase is refused with a reason, a strong one is accepted', async () => {
    await heading('Welcome to Alongside').waitFor();
    await expectAccessible('create vault');
    await screenshot(page, '01-create-vault');

    await typeInto(page, field('Passphrase'), 'password123');
    await typeInto(page, field('Confirm passphrase'), 'password123');
    await activate(page, button('Create my vault'));
    await expect
      .poll(() => page.getByText(/easy to guess|commonly used/i).count())
      .toBeGreaterThan(0);
    await expectAccessible('create vault with an error');

    await typeInto(page, field('Passphrase'), PASSPHRASE);
    await expect
      .poll(() =>
        page.getByRole('meter', { name: 'Passphrase strength' }).getAttribute('aria-valuetext'),
      )
      .toBe('Strong');
    await typeInto(page, field('Confirm passphrase'), PASSPHRASE);
    await activate(page, button('Create my vault'));
    await heading('Your recovery code').waitFor();
  });

  it('shows the recovery code once, and asks for two of its groups back', async () => {
    const groups = await page
      .getByRole('list', { name: 'Recovery code, in six groups' })
      .getByRole('listitem')
      .allTextContents();
    recoveryCode = groups.map((g) => g.replace(/[^0-9A-Z]/g, '').slice(-4)).join('-');
    expect(recoveryCode).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){5}[0-9A-HJKMNP-TV-Z]{4}$/);
    await expectAccessible('recovery code');
    await screenshot(page, '02-recovery-code');

    await activate(page, page.getByRole('checkbox', { name: 'I have written it down' }), 'Space');
    await activate(page, button('Continue'));
    await heading('Check your recovery code').waitFor();
    await expectAccessible('recovery code check');
    await screenshot(page, '03-confirm-recovery-code');

    const labels = await page.getByText(/^Group \d$/).allTextContents();
    await typeInto(page, field(labels[0] ?? ''), 'ZZZZ');
    await typeInto(page, field(labels[1] ?? ''), 'ZZZZ');
    await activate(page, button('Check'));
    // Each of the two fields says so.
    await page.getByText("That doesn't match the code.", { exact: false }).first().waitFor();

    await answerGroupCheck();
    await activate(page, button('Check'));
    await heading('People').waitFor();
    const status = await app.host.invoke('vault.status', {});
    expect(status).toMatchObject({
      ok: true,
      value: { state: 'unlocked', recoveryCodeConfirmed: true },
    });
  });

  it('shows the empty People home and the settings, in English and French', async () => {
    await expectAccessible('people');
    await screenshot(page, '04-people');

    await activate(page, page.getByRole('link', { name: 'Settings' }));
    await heading('Settings').waitFor();
    await expectAccessible('settings');
    await screenshot(page, '05-settings');

    const french = page.getByRole('radio', { name: 'Français (Canada)' });
    await tabTo(page, page.getByRole('radio', { name: 'English' }));
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => french.isChecked()).toBe(true);
    await heading('Paramètres').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr-CA');
    await expectAccessible('settings in French');
    await page.keyboard.press('ArrowUp');
    await heading('Settings').waitFor();

    await typeInto(page, field('Idle lock time (minutes)'), '10');
    await activate(page, button('Save lock time'));
    await expect
      .poll(
        async () =>
          (await app.host.invoke('settings.get', {})).ok &&
          (await app.host.invoke('settings.get', {})),
      )
      .toMatchObject({
        ok: true,
        value: { idleLockMinutes: 10 },
      });
  });

  it('locks with Ctrl+L, says so plainly on a wrong passphrase, and unlocks', async () => {
    await page.keyboard.press('Control+L');
    await heading('Unlock Alongside').waitFor();
    await expectAccessible('unlock');

    await typeInto(page, field('Passphrase'), 'not the right one at all');
    await page.keyboard.press('Enter');
    await page.getByText("That passphrase doesn't match", { exact: false }).waitFor();
    await expectAccessible('unlock with a wrong passphrase');
    await screenshot(page, '06-unlock-wrong-passphrase');

    await typeInto(page, field('Passphrase'), PASSPHRASE);
    await page.keyboard.press('Enter');
    await unlocked();
  });

  it('locks from the Lock button and when the computer sleeps, and says why', async () => {
    await activate(page, button('Lock'));
    await heading('Unlock Alongside').waitFor();
    await typeInto(page, field('Passphrase'), PASSPHRASE);
    await page.keyboard.press('Enter');
    await unlocked();

    await app.host.lock('suspend');
    await heading('Unlock Alongside').waitFor();
    await page.getByText('Locked because the computer went to sleep.').waitFor();
    await expectAccessible('unlock after sleep');
  });

  it('unlocks with the recovery code and sets a new passphrase', async () => {
    await activate(page, button('Forgot your passphrase? Use your recovery code'));
    await heading('Use your recovery code').waitFor();
    await expectAccessible('recover');
    await screenshot(page, '07-recover');
    await typeInto(page, field('Recovery code'), recoveryCode.toLowerCase());
    await typeInto(page, field('New passphrase'), NEW_PASSPHRASE);
    await typeInto(page, field('Confirm new passphrase'), NEW_PASSPHRASE);
    await activate(page, button('Unlock with recovery code'));
    await unlocked();

    await page.keyboard.press('Control+L');
    await heading('Unlock Alongside').waitFor();
    await typeInto(page, field('Passphrase'), NEW_PASSPHRASE);
    await page.keyboard.press('Enter');
    await unlocked();
  });

  it('made no network request, logged no page error, and left no secret in the data folder', async () => {
    expect(app.blockedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    const envelope = await readFile(join(app.dataDir, 'vault.json'), 'utf8');
    expect(envelope).not.toContain(PASSPHRASE);
    expect(envelope).not.toContain(recoveryCode);
  });
});
