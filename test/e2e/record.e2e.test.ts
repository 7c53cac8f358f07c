import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Note, NoteSummary, Person } from '../../src-main/contract';
import type { E2EApp } from './harness';
import {
  launchApp,
  launchBrowser,
  screenshot,
  expectAccessible as expectAccessibleOn,
} from './harness';
import { activate, tabTo, typeInto } from './keyboard';

const PASSPHRASE = 'otter lantern quietly folds maps';

let browser: Browser;
let app: E2EApp;
let page: Page;
let person: Person;
let noteId = '';

beforeAll(async () => {
  browser = await launchBrowser();
  app = await launchApp(browser);
  // The vault screens have their own test; here the record starts from an open vault.
  const created = await app.host.invoke('vault.create', { passphrase: PASSPHRASE });
  expect(created.ok).toBe(true);
  await app.host.invoke('vault.confirmRecoveryCode', {});
  await app.reload();
  page = app.page;
});
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

const expectAccessible = (screenName: string) => expectAccessibleOn(page, screenName);

const field = (name: string) => page.getByLabel(name, { exact: true });
const button = (name: string) => page.getByRole('button', { name, exact: true });
const link = (name: string) => page.getByRole('link', { name, exact: true });
const saved = () =>
  page
    .getByRole('status')
    .filter({ hasText: /^Saved at/ })
    .first()
    .waitFor();

async function invoke<T>(channel: string, input: unknown): Promise<T> {
  const result = await app.host.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value as T;
}

describe('the person’s own space, by keyboard alone, in Chromium, through the real core', () => {
  it('adds a person', async () => {
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await activate(page, link('Add a person'));
    await page.getByRole('heading', { level: 1, name: 'Add a person' }).waitFor();
    await expectAccessible('add a person');
    await typeInto(page, field('Preferred name'), 'Sam');
    await typeInto(page, field('Pronouns'), 'she/her');
    await typeInto(page, field('How they like to be contacted'), 'Text before calling');
    await typeInto(
      page,
      field('A few words about themselves, in their own words'),
      'I grow tomatoes on my balcony.',
    );
    await typeInto(page, field('Strengths'), 'Patient with plants, good with neighbours');
    await activate(page, button('Add this person'));
    await page.getByRole('heading', { level: 1, name: 'Sam (she/her)' }).waitFor();
    await expectAccessible('person');
    const people = await invoke<{ items: Person[] }>('people.list', {});
    expect(people.items.map((p) => p.preferredName)).toEqual(['Sam']);
    person = await invoke<Person>('people.get', { id: people.items[0]?.id });
    expect(person.aboutInTheirWords).toBe('I grow tomatoes on my balcony.');
    await screenshot(page, '08-person');
  });

  it('adds a goal and a small step, and celebrates the step quietly', async () => {
    await activate(page, link('Goals'));
    await activate(page, button('Add a goal'));
    await typeInto(page, field('The goal, in their words'), 'Get back to the community garden');
    await typeInto(page, field('Why it matters to them'), 'It is where I feel calm');
    await activate(page, button('Add this goal'));
    const goal = page.getByRole('article', { name: 'Get back to the community garden' });
    await goal.waitFor();
    await typeInto(page, goal.getByLabel('New step', { exact: true }), 'Find the bus times');
    await activate(page, goal.getByRole('button', { name: 'Add step', exact: true }));
    const step = goal.getByRole('checkbox', { name: 'Find the bus times' });
    await step.waitFor();
    await tabTo(page, step, { max: 80 });
    await page.keyboard.press('Space');
    await page.getByText('Step done — nice work together.').waitFor();
    await expectAccessible('goals');
    await screenshot(page, '09-goals');
  });

  it('writes a note together: autosave, a gentle language suggestion, and a new version on change', async () => {
    await activate(page, link('Notes'));
    await page.getByText('These notes belong to Sam. They stay on this computer.').waitFor();
    await activate(page, button('New note'));
    await field('What we talked about').waitFor();
    await typeInto(
      page,
      field('What we talked about'),
      'We talked about the garden and the bus route.',
    );
    await typeInto(
      page,
      field('In their own words'),
      'My landlord is manipulative about the plants.',
    );
    await saved();
    const suggestion = page.getByRole('button', { name: /^Dismiss the suggestion about/ });
    await suggestion.waitFor();
    await expectAccessible('note editor with a suggestion');
    await screenshot(page, '10-note-editor');
    await activate(page, suggestion);
    await expect.poll(() => suggestion.count()).toBe(0);

    const notes = await invoke<{ items: NoteSummary[] }>('notes.list', { personId: person.id });
    noteId = notes.items[0]?.id ?? '';
    const first = await invoke<Note>('notes.get', { id: noteId });
    expect(first.talkedAbout).toBe('We talked about the garden and the bus route.');

    await typeInto(
      page,
      field('What we talked about'),
      'We planned the first visit to the garden.',
    );
    await page.keyboard.press('Tab');
    await expect
      .poll(async () => (await invoke<Note>('notes.get', { id: noteId })).talkedAbout)
      .toBe('We planned the first visit to the garden.');
    await saved();
  });

  it('finds the note by search from anywhere, with highlighted words', async () => {
    await page.keyboard.press('Control+K');
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await dialog.waitFor();
    await page.keyboard.type('tomatoes');
    await dialog.getByRole('option').first().waitFor();
    expect(await dialog.locator('mark').first().innerText()).toMatch(/tomatoes/i);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('first visit');
    await expect
      .poll(
        async () => (await dialog.locator('mark').allInnerTexts()).map((t) => t.toLowerCase()),
        {
          timeout: 10_000,
        },
      )
      .toEqual(['first', 'visit']);
    expect(await dialog.getByRole('option').count()).toBe(1);
    await expectAccessible('search');
    await screenshot(page, '11-search');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count(), { timeout: 10_000 }).toBe(0);
    await expect
      .poll(() => field('What we talked about').inputValue(), { timeout: 10_000 })
      .toBe('We planned the first visit to the garden.');
  });

  it('restores an older version, which becomes the newest', async () => {
    // The version that still says what was first written (autosave kept every step of it).
    const summaries = await invoke<Array<{ version: number }>>('notes.versions', { noteId });
    let target = 0;
    for (const { version } of summaries) {
      const old = await invoke<{ fields: { talkedAbout: string } }>('notes.version', {
        noteId,
        version,
      });
      if (old.fields.talkedAbout === 'We talked about the garden and the bus route.') {
        target = version;
        break;
      }
    }
    expect(target).toBeGreaterThan(1);
    await activate(page, page.getByRole('link', { name: new RegExp(`^Version ${target}, saved`) }));
    await page.getByRole('heading', { name: `Version ${target} of this note` }).waitFor();
    await expectAccessible('an earlier version');
    await activate(page, button('Restore this version'));
    const confirm = page.getByRole('alertdialog', { name: `Restore version ${target}?` });
    await confirm.waitFor();
    await activate(page, confirm.getByRole('button', { name: 'Restore', exact: true }));
    await expect
      .poll(() => field('What we talked about').inputValue(), { timeout: 10_000 })
      .toBe('We talked about the garden and the bus route.');
    const note = await invoke<Note>('notes.get', { id: noteId });
    expect(note.talkedAbout).toBe('We talked about the garden and the bus route.');
    const versions = await invoke<Array<{ version: number; restoredFrom: number | null }>>(
      'notes.versions',
      { noteId },
    );
    expect(versions[0]).toMatchObject({ version: note.version, restoredFrom: target });
  });

  it('writes a reflection in the worker’s own journal', async () => {
    await activate(page, link('Reflections'));
    await page.getByRole('heading', { level: 1, name: 'Reflections' }).waitFor();
    await activate(page, button('New reflection'));
    await field('Title').waitFor();
    await typeInto(page, field('Title'), 'Which hat am I wearing');
    await typeInto(
      page,
      field('Your reflection'),
      'Today I noticed I wanted to fix things for Sam.',
    );
    await saved();
    await expectAccessible('reflection');
    await screenshot(page, '12-reflection');
    const list = await invoke<{ items: Array<{ title: string }> }>('reflections.list', {});
    expect(list.items.map((r) => r.title)).toEqual(['Which hat am I wearing']);
  });

  it('shows the people list with the new person, and made no request and no page error', async () => {
    await activate(page, link('People'));
    await page.getByRole('link', { name: 'Sam' }).waitFor();
    await expectAccessible('people list');
    await screenshot(page, '13-people-list');
    expect(app.blockedRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
