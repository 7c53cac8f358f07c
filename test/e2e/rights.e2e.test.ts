import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Goal, Person } from '../../src-main/contract';
import type { E2EApp } from './harness';
import { launchApp, launchBrowser, expectAccessible as expectAccessibleOn } from './harness';
import { activate, tabTo, typeInto } from './keyboard';

const run = promisify(execFile);
const PASSPHRASE = 'otter lantern quietly folds maps';
/** Words that must never reach the activity log, its CSV or the funder report. */
const CANARY = 'Zqxrightscanary';

let browser: Browser;
let app: E2EApp;
let page: Page;
let leaving: Person;
let staying: Person;

async function invoke<T>(channel: string, input: unknown): Promise<T> {
  const result = await app.host.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value as T;
}

beforeAll(async () => {
  browser = await launchBrowser();
  app = await launchApp(browser);
  expect((await app.host.invoke('vault.create', { passphrase: PASSPHRASE })).ok).toBe(true);
  await invoke('vault.confirmRecoveryCode', {});
  leaving = await invoke<Person>('people.create', {
    preferredName: `Zed ${CANARY}`,
    pronouns: 'he/him',
    contactPreference: '',
    aboutInTheirWords: `${CANARY} about`,
    strengths: '',
  });
  staying = await invoke<Person>('people.create', {
    preferredName: 'Mira',
    pronouns: 'she/her',
    contactPreference: '',
    aboutInTheirWords: 'Loves the choir',
    strengths: '',
  });
  const goal = await invoke<Goal>('goals.create', {
    personId: leaving.id,
    fields: { inTheirWords: `${CANARY} goal`, whyItMatters: '', status: 'reached' },
  });
  for (const [personId, happenedAt, contactType, minutes] of [
    [leaving.id, '2026-10-05T15:00:00.000Z', 'phone', 30],
    [staying.id, '2026-10-06T15:00:00.000Z', 'in_person', 60],
  ] as const) {
    await invoke('notes.create', {
      personId,
      fields: {
        happenedAt,
        contactType,
        durationMinutes: minutes,
        setting: '',
        talkedAbout: `${CANARY} talked`,
        inTheirWords: '',
        strengthsNoticed: '',
        resources: '',
        nextSteps: [],
        goalIds: personId === leaving.id ? [goal.id] : [],
      },
    });
  }
  await app.reload();
  page = app.page;
  await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
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

const button = (name: string) => page.getByRole('button', { name, exact: true });
const link = (name: string) => page.getByRole('link', { name, exact: true });

describe('rights, the activity log and the funder report, by keyboard alone, through the real core', () => {
  it('opens the activity log, verifies it and exports it as CSV with no content', async () => {
    await activate(page, link('Activity log'));
    await page.getByRole('heading', { level: 1, name: 'Activity log' }).waitFor();
    const table = page.getByRole('table', { name: 'Activity, newest first' });
    await table.waitFor();
    await expect
      .poll(() => table.getByRole('rowheader', { name: /^Person added/ }).count(), {
        timeout: 5_000,
      })
      .toBe(2);
    await expectAccessible('activity log');

    await activate(page, button('Check the log'));
    const intact = page.getByText(/^The activity log is intact: \d+ events\.$/);
    await intact.waitFor();
    const events = Number(/(\d+) events/.exec((await intact.textContent()) ?? '')?.[1]);
    expect(events).toBeGreaterThan(5);

    await activate(page, button('Export as CSV'));
    await page
      .getByText(/^The activity log was saved as alongside-activity-log-.*\.csv\.$/)
      .waitFor();
    const [name] = await app.savedFiles();
    expect(name).toMatch(/^alongside-activity-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile(join(app.savedDir, name ?? ''), 'utf8');
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('seq,at,actor,action,subject_type,subject_id,detail,hash');
    expect(lines).toHaveLength(events + 1);
    expect(csv).toContain(`person.created,person,${leaving.id}`);
    expect(csv).not.toContain(CANARY);
    expect(csv).not.toContain('Mira');
    // The export is itself in the log, which shows it at the top.
    await expect
      .poll(() => table.getByRole('rowheader').first().textContent(), { timeout: 5_000 })
      .toMatch(/^Report saved/);
    expect(await page.locator('body').innerText()).not.toContain(CANARY);
  });

  it('shows the funder report as a table of counts and exports it', async () => {
    await activate(page, link('Funder report'));
    await page.getByRole('heading', { level: 1, name: 'Funder report' }).waitFor();
    // Reached by Tab like everything else; the value is set through the native month control,
    // whose segment-by-segment typing differs between locales.
    const from = page.getByLabel('From month', { exact: true });
    await tabTo(page, from);
    await from.fill('2026-10');
    await expect
      .poll(() => page.getByLabel('From month', { exact: true }).inputValue(), { timeout: 5_000 })
      .toBe('2026-10');
    const october = page.getByRole('row', { name: /^Oct 2026/ });
    await october.waitFor();
    expect(await october.getByRole('cell').allTextContents()).toEqual([
      '1',
      '1',
      '0',
      '0',
      '0',
      '2',
      '1.5',
      '2',
      '0',
    ]);
    await expectAccessible('funder report');
    await activate(page, button('Export as CSV'));
    await page
      .getByText(/^The funder report was saved as alongside-funder-report-2026-10-to-/)
      .waitFor();
    const funder = (await app.savedFiles()).find((file) => file.startsWith('alongside-funder'));
    const csv = await readFile(join(app.savedDir, funder ?? ''), 'utf8');
    expect(csv.split('\r\n')[1]).toBe('2026-10,1,1,0,0,0,2,1.5,2,0');
    expect(csv).not.toContain(CANARY);
    expect(await page.locator('body').innerText()).not.toContain('Mira');
  });

  it('deletes a person at their request with their name typed, and returns to People', async () => {
    await activate(page, link('People'));
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await activate(page, link(leaving.preferredName));
    await page
      .getByRole('heading', { level: 1, name: `${leaving.preferredName} (he/him)` })
      .waitFor();
    const rights = page.getByRole('region', { name: 'Their rights' });
    await rights.waitFor();
    await expectAccessible('their rights');

    // Their copy first: the worker confirms, the PDF lands where the save dialog put it.
    await activate(page, button(`Give ${leaving.preferredName} a copy of their notes`));
    const copyDialog = page.getByRole('alertdialog', {
      name: `Make a copy of ${leaving.preferredName}’s notes?`,
    });
    await copyDialog.waitFor();
    await expectAccessible('copy dialog');
    await activate(page, copyDialog.getByRole('button', { name: 'Save the copy', exact: true }));
    await rights.getByText(/^The copy was saved as my-notes-.*\.pdf\.$/).waitFor();
    const pdf = (await app.savedFiles()).find((file) => file.endsWith('.pdf'));
    const { stdout } = await run('pdftotext', [join(app.savedDir, pdf ?? ''), '-']);
    expect(stdout).toContain(`${CANARY} talked`);
    expect(stdout).toContain(`${CANARY} goal`);
    expect(stdout).not.toContain('Mira');

    await activate(page, button(`Delete everything about ${leaving.preferredName}`));
    const dialog = page.getByRole('alertdialog', {
      name: `Delete everything about ${leaving.preferredName}?`,
    });
    await dialog.waitFor();
    await expectAccessible('deletion dialog');
    const confirmation = dialog.getByLabel(
      `Type their name, ${leaving.preferredName}, to confirm`,
      { exact: true },
    );
    await typeInto(page, confirmation, 'Zed');
    await activate(page, dialog.getByRole('button', { name: 'Delete everything', exact: true }));
    await dialog.getByText('What was typed does not match. Please check and try again.').waitFor();
    await tabTo(page, confirmation, { backwards: true });
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(leaving.preferredName);
    await activate(page, dialog.getByRole('button', { name: 'Delete everything', exact: true }));

    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await link('Mira').waitFor();
    expect(await link(leaving.preferredName).count()).toBe(0);
    const gone = await app.host.invoke('people.get', { id: leaving.id });
    expect(gone).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await expect(invoke('audit.verify', {})).resolves.toMatchObject({ intact: true });
    const log = await invoke<{ items: Array<{ action: string; detail: unknown }> }>('audit.list', {
      limit: 1,
    });
    expect(log.items[0]?.action).toBe('person.deleted');
    expect(JSON.stringify(log)).not.toContain(CANARY);
    expect(app.pageErrors).toEqual([]);
  });
});
