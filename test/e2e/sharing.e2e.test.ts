import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Person, Share, ShareSummary } from '../../src-main/contract';
import { normalisePdfText, pdfText } from '../support/pdf-text';
import type { E2EApp } from './harness';
import {
  launchApp,
  launchBrowser,
  screenshot,
  expectAccessible as expectAccessibleOn,
} from './harness';
import { activate, tabTo, typeInto } from './keyboard';

const PASSPHRASE = 'otter lantern quietly folds maps';
const OTHER_NAME = 'Zephyrine Quarterfield';
const OTHER_NOTE = 'Zephyrine talked about her brother visiting from Halifax.';
const NOTE_TEXT = 'We talked about finding a quieter place to live, close to the river.';
const QUOTE = 'a quieter place to live';
const BODY = 'Sam would like a letter to support her housing application.';

function noteFields(talkedAbout: string) {
  return {
    happenedAt: new Date().toISOString(),
    contactType: 'in_person',
    durationMinutes: 30,
    setting: '',
    talkedAbout,
    inTheirWords: '',
    strengthsNoticed: '',
    resources: '',
    nextSteps: [],
    goalIds: [],
  };
}

let browser: Browser;
let app: E2EApp;
let page: Page;
let sam: Person;
let shareId = '';

beforeAll(async () => {
  browser = await launchBrowser();
  app = await launchApp(browser);
  const created = await app.host.invoke('vault.create', { passphrase: PASSPHRASE });
  expect(created.ok).toBe(true);
  await app.host.invoke('vault.confirmRecoveryCode', {});
  sam = await invoke<Person>('people.create', {
    preferredName: 'Sam',
    pronouns: 'she/her',
    contactPreference: '',
    aboutInTheirWords: '',
    strengths: '',
  });
  // Someone else in the caseload, with words that must never reach the review screen.
  const other = await invoke<Person>('people.create', {
    preferredName: OTHER_NAME,
    pronouns: '',
    contactPreference: '',
    aboutInTheirWords: '',
    strengths: '',
  });
  await invoke('notes.create', {
    personId: other.id,
    fields: noteFields(OTHER_NOTE),
  });
  await app.reload();
  page = app.page;
}, 60_000);
afterEach(async (context) => {
  if (context.task.result?.state === 'fail') {
    await page.screenshot({ path: join('test-results', `${context.task.name.slice(0, 40)}.png`) });
    console.log(await page.locator('body').innerText());
  }
});
afterAll(async () => {
  await app?.close();
  await browser?.close();
});

async function invoke<T>(channel: string, input: unknown): Promise<T> {
  const result = await app.host.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value as T;
}

const expectAccessible = (screenName: string) => expectAccessibleOn(page, screenName);

const field = (name: string) => page.getByLabel(name, { exact: true });
const button = (name: string) => page.getByRole('button', { name, exact: true });
const link = (name: string) => page.getByRole('link', { name, exact: true });
const saved = () =>
  page
    .getByRole('status')
    .filter({ hasText: /^Saved at/ })
    .first()
    .waitFor({ timeout: 10_000 });
const reviewHeading = () =>
  page.getByRole('heading', { level: 1, name: "Let's read this together, Sam" });
const passphraseDialog = () => page.getByRole('dialog', { name: "Worker's passphrase" });

/** Chooses an option of a native select by keyboard: focus, then arrows until it is chosen. */
async function chooseByKeyboard(select: ReturnType<typeof field>, label: RegExp): Promise<void> {
  await tabTo(page, select);
  for (let presses = 0; presses < 20; presses += 1) {
    const chosen = await select.evaluate(
      (element) => (element as HTMLSelectElement).selectedOptions[0]?.textContent ?? '',
    );
    if (label.test(chosen)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`No option matching ${label.toString()}`);
}

async function savedFiles(): Promise<string[]> {
  return (await readdir(app.savedDir)).sort();
}

describe('the clinical-facing space, by keyboard alone, in Chromium, through the real core', () => {
  it('writes a note with Sam', async () => {
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await activate(page, link('Sam'));
    await activate(page, link('Notes'));
    await activate(page, button('New note'));
    await typeInto(page, field('What we talked about'), NOTE_TEXT);
    await saved();
  });

  it('adds a named recipient', async () => {
    await activate(page, link('Recipients'));
    await page.getByRole('heading', { level: 1, name: 'Recipients' }).waitFor();
    await typeInto(page, page.getByLabel(/^Name of the person or team/), 'Dr Amira Haddad');
    await typeInto(page, field('Role'), 'Family doctor');
    await typeInto(page, field('Organisation'), 'Riverside Clinic');
    await activate(page, button('Add recipient'));
    await page.getByRole('list', { name: 'Recipients' }).getByText('Dr Amira Haddad').waitFor();
    await expectAccessible('recipients');
  });

  it('drafts a share in its own space, quoting exact words selected in the note', async () => {
    await activate(page, link('People'));
    await activate(page, link('Sam'));
    await activate(page, link('For the care team'));
    await page
      .getByText(
        "This space is separate from Sam's own notes. Nothing here is shared without Sam's yes.",
      )
      .first()
      .waitFor();
    await expectAccessible('for the care team');
    await activate(page, link('New share'));
    await chooseByKeyboard(field('Who it is for'), /Dr Amira Haddad/);
    await typeInto(page, page.getByLabel(/^Why they need it/), 'Support for a housing application');
    await typeInto(page, field('What we want them to know'), BODY);
    await saved();

    await chooseByKeyboard(field('Note to quote from'), /^Note of/);
    const source = page.getByRole('textbox', { name: 'What we talked about' });
    await tabTo(page, source);
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < NOTE_TEXT.indexOf(QUOTE); i += 1) await page.keyboard.press('ArrowRight');
    for (let i = 0; i < QUOTE.length; i += 1) await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => page.getByLabel(/^Words to quote/).inputValue()).toBe(QUOTE);
    await activate(page, button('Add quote'));
    await button('Remove quote 1').waitFor();
    await expect
      .poll(
        async () => {
          const list = await invoke<{ items: ShareSummary[] }>('shares.list', {
            personId: sam.id,
          });
          shareId = list.items[0]?.id ?? '';
          if (!shareId) return [];
          return (await invoke<Share>('shares.get', { id: shareId })).quotes.map((q) => q.text);
        },
        { timeout: 10_000 },
      )
      .toEqual([QUOTE]);
    await expectAccessible('share editor');
    await activate(page, link('Done'));
    await page.getByRole('heading', { level: 2, name: /^For Dr Amira Haddad/ }).waitFor();
    await expectAccessible('share page');
  });

  it('reviews side by side: only Sam and this share, and every way out asks for the passphrase', async () => {
    await activate(page, button('Review with Sam'));
    await reviewHeading().waitFor();
    const html = await page.content();
    expect(html).not.toContain(OTHER_NAME);
    expect(html).not.toContain(OTHER_NOTE);
    expect(await page.getByRole('navigation').count()).toBe(0);
    expect(await page.locator('a[href]').count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Your notes it uses' }).innerText()).toContain(
      NOTE_TEXT,
    );
    const sends = page.getByRole('region', { name: 'What Dr Amira Haddad will get' });
    expect(await sends.innerText()).toContain(BODY);
    expect(await sends.innerText()).toContain(QUOTE);
    await expectAccessible('review');
    await screenshot(page, '13-review');

    await activate(page, button('High contrast'));
    await expectAccessible('review in high contrast');
    await screenshot(page, '13-review-high-contrast');
    await page.keyboard.press('Space');

    // Escape asks; Escape again closes the question and the review goes on.
    await page.keyboard.press('Escape');
    await passphraseDialog().waitFor();
    await expectAccessible('the passphrase question');
    await page.keyboard.press('Escape');
    await expect.poll(() => passphraseDialog().count()).toBe(0);

    // The browser's Back asks, and the review stays.
    await page.goBack();
    await passphraseDialog().waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => passphraseDialog().count()).toBe(0);
    await reviewHeading().waitFor();

    // An address typed or a link followed from elsewhere asks too.
    await page.evaluate(() => {
      window.location.hash = '#/';
    });
    await passphraseDialog().waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => passphraseDialog().count()).toBe(0);

    // The search shortcut does nothing here.
    await page.keyboard.press('Control+K');
    expect(await page.getByRole('dialog', { name: 'Search' }).count()).toBe(0);
    await reviewHeading().waitFor();
    expect(await page.content()).not.toContain(OTHER_NAME);
    const refused = await app.host.invoke('people.list', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'IN_REVIEW' } });
  });

  it('records Sam’s yes, with her typed name and every statement ticked', async () => {
    await activate(page, button('Yes, share this'));
    const form = page.getByRole('region', { name: 'Yes, share this' });
    await form.waitFor();
    await typeInto(page, form.getByLabel(/^Type your name/), 'Sam');
    const boxes = form.getByRole('checkbox');
    const count = await boxes.count();
    expect(count).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < count; i += 1) {
      await tabTo(page, boxes.nth(i));
      await page.keyboard.press('Space');
    }
    await expectAccessible('saying yes');
    await screenshot(page, '14-review-yes');
    await activate(page, form.getByRole('button', { name: 'Yes, share this', exact: true }));
    await page.getByRole('heading', { name: 'Thank you, Sam' }).waitFor();
    await expectAccessible('after the yes');
    await screenshot(page, '14-review-decided');

    // The decision does not open the app: leaving still needs the worker.
    await page.keyboard.press('Escape');
    await passphraseDialog().waitFor();
    await typeInto(
      page,
      passphraseDialog().getByRole('textbox', { name: "Worker's passphrase" }),
      'not it at all',
    );
    await page.keyboard.press('Enter');
    await passphraseDialog()
      .getByText("That passphrase doesn't match. Please try again.")
      .waitFor();
    await typeInto(
      page,
      passphraseDialog().getByRole('textbox', { name: "Worker's passphrase" }),
      PASSPHRASE,
    );
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: /^For Dr Amira Haddad/ }).waitFor();
    await page.getByText('Approved, ready to release').first().waitFor();
  });

  it('releases the PDF once; the file holds the approved words', async () => {
    expect(await button('Release as FHIR').isDisabled()).toBe(true);
    await activate(page, button('Release as PDF'));
    await page.getByText(/^Released and saved as /).waitFor({ timeout: 15_000 });
    const files = await savedFiles();
    expect(files).toHaveLength(1);
    const bytes = await readFile(join(app.savedDir, files[0] ?? ''));
    const text = normalisePdfText(await pdfText(bytes));
    expect(text).toContain(BODY);
    expect(text).toContain(QUOTE);
    expect(text).toContain('Dr Amira Haddad');
    expect(text).not.toContain(OTHER_NAME);
    // The preview on the screen is the document: the same lines, the consent it went out under.
    const { consent } = await invoke<Share>('shares.get', { id: shareId });
    const preview = page.getByRole('article', { name: 'What the recipient receives' });
    await expect
      .poll(async () => normalisePdfText(await preview.innerText()), { timeout: 5_000 })
      .toContain(consent?.id ?? 'missing');
    const shown = normalisePdfText(await preview.innerText());
    for (const line of [
      'About Sam',
      'For Dr Amira Haddad, Family doctor, Riverside Clinic',
      'Why it is shared Support for a housing application',
      BODY,
      QUOTE,
      consent?.contentSha256 ?? 'missing',
      'Sam may withdraw this consent at any time. Please ask the peer support team before using this again.',
    ]) {
      expect(shown).toContain(line);
      expect(text).toContain(line);
    }
    await page
      .getByRole('region', { name: 'Releases' })
      .getByText(files[0] ?? '')
      .waitFor();
  });

  it('refuses to release after an edit until it is reviewed again', async () => {
    await activate(page, link('Edit'));
    await page.getByText('Changing this needs a new yes').waitFor();
    await tabTo(page, field('What we want them to know'));
    await page.keyboard.press('End');
    await page.keyboard.type(' She has a reference from her landlord.');
    await saved();
    await activate(page, link('Done'));
    await page.getByText('Draft', { exact: true }).first().waitFor();
    await activate(page, button('Release as PDF'));
    // The latest yes was used by the release above; the edit needs a new one (CONSENT_USED).
    await page
      .getByRole('alert')
      .getByText(
        'This consent was for one release, and it has been used. Review it together again to send it once more.',
        { exact: true },
      )
      .waitFor();
    expect(await savedFiles()).toHaveLength(1);
  });

  it('withdraws consent and lists where the share already went', async () => {
    // A fresh yes for the new words, then withdrawal, which is as easy as giving it.
    await activate(page, button('Review with Sam'));
    await reviewHeading().waitFor();
    // Sam asks for a change; the worker makes it there and then.
    await activate(page, button('Ask for a change'));
    const change = page.getByRole('region', { name: 'Change it' });
    await change.waitFor();
    await tabTo(page, change.getByLabel('What we want them to know', { exact: true }));
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(' Please call me before the visit.');
    await expectAccessible('asking for a change');
    await activate(page, change.getByRole('button', { name: 'Save the change', exact: true }));
    await page
      .getByRole('region', { name: 'What Dr Amira Haddad will get' })
      .getByText(/Please call me before the visit\./)
      .waitFor();
    await activate(page, button('Yes, share this'));
    const form = page.getByRole('region', { name: 'Yes, share this' });
    await typeInto(page, form.getByLabel(/^Type your name/), 'Sam');
    const boxes = form.getByRole('checkbox');
    for (let i = 0; i < (await boxes.count()); i += 1) {
      await tabTo(page, boxes.nth(i));
      await page.keyboard.press('Space');
    }
    await activate(page, form.getByRole('button', { name: 'Yes, share this', exact: true }));
    await page.getByRole('heading', { name: 'Thank you, Sam' }).waitFor();
    await activate(page, button('Finish review'));
    await typeInto(
      page,
      passphraseDialog().getByRole('textbox', { name: "Worker's passphrase" }),
      PASSPHRASE,
    );
    await page.keyboard.press('Enter');
    await page.getByText('Approved, ready to release').first().waitFor();

    await activate(page, button('Withdraw consent'));
    const dialog = page.getByRole('alertdialog', { name: 'Withdraw consent?' });
    await dialog.waitFor();
    await expectAccessible('withdraw');
    await typeInto(page, dialog.getByLabel(/^Reason/), 'Sam changed her mind');
    await activate(page, dialog.getByRole('button', { name: 'Withdraw consent', exact: true }));
    const done = page.getByRole('region', { name: 'Consent withdrawn' });
    await done.waitFor();
    const files = await savedFiles();
    expect(await done.innerText()).toContain(files[0] ?? 'missing');
    await page.getByText('Consent withdrawn', { exact: true }).first().waitFor();
    await expectAccessible('after withdrawal');
  });

  it('leaves the activity log intact, checked and exported on its own screen, with no content in it', async () => {
    await activate(page, link('Activity log'));
    await page.getByRole('heading', { level: 1, name: 'Activity log' }).waitFor();
    await expectAccessible('activity log');
    await activate(page, button('Check the log'));
    const intact = page
      .getByRole('status')
      .filter({ hasText: /^The activity log is intact: \d+ events\.$/ });
    await intact.waitFor();
    const events = Number(/(\d+) events/.exec(await intact.innerText())?.[1]);
    expect(events).toBeGreaterThan(10);

    const before = await savedFiles();
    await activate(page, button('Export as CSV'));
    await page.getByText(/^The activity log was saved as /).waitFor({ timeout: 15_000 });
    const added = (await savedFiles()).filter((name) => !before.includes(name));
    expect(added).toHaveLength(1);
    const csv = await readFile(join(app.savedDir, added[0] ?? ''), 'utf8');
    // Every step above left its event: the share's life is in the log, by codes and ids only.
    expect(csv.trim().split('\r\n').length).toBeGreaterThan(events);
    expect(csv).toContain('consent.withdrawn');
    expect(csv).not.toMatch(/\bSam\b/);
    for (const words of [
      OTHER_NAME,
      'Amira',
      'Haddad',
      'Riverside',
      'letter',
      'housing',
      'application',
      'quieter',
      'river',
      'landlord',
      'reference',
      'visit',
      'mind',
      'Halifax',
    ]) {
      expect(csv.toLowerCase(), words).not.toContain(words.toLowerCase());
    }
    await expectAccessible('activity log after the export');
    expect(app.blockedRequests).toEqual([]);
  });
});
