import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

async function violations(): Promise<string[]> {
  const results = await axe.run(document.body, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

const PERSON = '6f1c2a9e-8d7b-4c3a-9e1f-2b3c4d5e6f70';

async function openLog(extra = 0) {
  const app = renderApp({ state: 'unlocked' });
  const log = app.core.rights;
  log.log('vault.created', { at: '2026-11-01T09:00:00.000Z' });
  log.log('person.created', {
    at: '2026-11-02T10:00:00.000Z',
    subject: { type: 'person', id: PERSON },
  });
  log.log('settings.idle_lock_changed', {
    at: '2026-11-03T11:00:00.000Z',
    detail: [{ key: 'minutes', value: '7' }],
  });
  log.log('admin.something_new', { at: '2026-11-04T12:00:00.000Z' });
  for (let i = 0; i < extra; i += 1) log.log('note.saved', { at: '2026-11-05T12:00:00.000Z' });
  await screen.findByRole('heading', { level: 1, name: 'People' });
  await app.user.click(screen.getByRole('link', { name: 'Activity log' }));
  await screen.findByRole('heading', { level: 1, name: 'Activity log' });
  const table = await screen.findByRole('table', { name: 'Activity, newest first' });
  return { ...app, table };
}

function rowHeads(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);
}

describe('the activity log', () => {
  it('shows each event in plain words with its code, newest first, and no content', async () => {
    const { table } = await openLog();
    expect(rowHeads(table)).toEqual([
      'Other activityadmin.something_new',
      'Lock time changedsettings.idle_lock_changed',
      'Person addedperson.created',
      'Alongside was set upvault.created',
    ]);
    const personRow = within(table)
      .getByRole('rowheader', { name: /Person added/ })
      .closest('tr');
    expect(personRow).not.toBeNull();
    expect(within(personRow as HTMLElement).getByText(PERSON.slice(0, 8))).toHaveAttribute(
      'title',
      PERSON,
    );
    expect(within(table).getByText('minutes: 7')).toBeInTheDocument();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Entry', 'When', 'What happened', 'About', 'Details']);
    expect(await violations()).toEqual([]);
  });

  it('filters by kind of activity and by dates, and says when a range is backwards', async () => {
    const { user, core, table } = await openLog();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind of activity' }), 'person.');
    await waitFor(() => expect(rowHeads(table)).toEqual(['Person addedperson.created']));
    expect(core.callsTo('audit.list').at(-1)).toMatchObject({ action: 'person.' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind of activity' }), '');
    await user.type(screen.getByLabelText('From (date)'), '2026-11-03');
    await waitFor(() => expect(rowHeads(screen.getByRole('table'))).toHaveLength(2));
    // The worker's own day: where it starts in their time zone, as an instant.
    expect(core.callsTo('audit.list').at(-1)).toMatchObject({
      from: new Date(2026, 10, 3).toISOString(),
    });
    await user.type(screen.getByLabelText('To (date)'), '2026-11-01');
    expect(await screen.findByText('The start date is after the end date.')).toBeInTheDocument();
    expect(screen.getByLabelText('To (date)')).toHaveAttribute('aria-invalid', 'true');
    expect(core.callsTo('audit.list').every((input) => !(input as { to?: string }).to)).toBe(true);
  });

  it('verifies the log and says plainly whether it is intact', async () => {
    const { user, core } = await openLog();
    await user.click(screen.getByRole('button', { name: 'Check the log' }));
    expect(await screen.findByText('The activity log is intact: 4 events.')).toBeInTheDocument();
    core.rights.brokenAt = 3;
    await user.click(screen.getByRole('button', { name: 'Check the log' }));
    expect(await screen.findByText(/A change was found at entry 3\./)).toBeInTheDocument();
  });

  it('exports the log as CSV and shows the new entry', async () => {
    const { user, core, table } = await openLog();
    await user.click(screen.getByRole('button', { name: 'Export as CSV' }));
    expect(
      await screen.findByText('The activity log was saved as alongside-activity-log.csv.'),
    ).toBeInTheDocument();
    expect(core.rights.saved).toEqual([
      { kind: 'audit_csv', fileName: 'alongside-activity-log.csv' },
    ]);
    await waitFor(() => expect(rowHeads(table)[0]).toBe('Report savedreport.saved'));
    core.rights.nextSave = 'cancelled';
    await user.click(screen.getByRole('button', { name: 'Export as CSV' }));
    expect(await screen.findByText('Nothing was saved.')).toBeInTheDocument();
  });

  it('shows older activity on request, a page at a time', async () => {
    const { user, table } = await openLog(60);
    expect(rowHeads(table)).toHaveLength(50);
    await user.click(screen.getByRole('button', { name: 'Show older activity' }));
    await waitFor(() => expect(rowHeads(table)).toHaveLength(64));
    expect(screen.queryByRole('button', { name: 'Show older activity' })).toBeNull();
  });
});
