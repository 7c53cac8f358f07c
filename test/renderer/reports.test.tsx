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

const note = (happenedAt: string, contactType: 'phone' | 'in_person', durationMinutes: number) => ({
  happenedAt,
  contactType,
  durationMinutes,
  setting: '',
  talkedAbout: 'Private words',
  inTheirWords: '',
  strengthsNoticed: '',
  resources: '',
  nextSteps: [],
  goalIds: [],
});

async function openReport() {
  let ids: string[] = [];
  const app = renderApp({
    state: 'unlocked',
    seed: (record) => {
      ids = [
        record.addPerson({ preferredName: 'Sam' }).id,
        record.addPerson({ preferredName: 'Alex' }).id,
      ];
    },
  });
  const [sam = '', alex = ''] = ids;
  for (const [personId, fields] of [
    [sam, note('2026-10-03T10:00:00.000Z', 'in_person', 45)],
    [sam, note('2026-10-20T10:00:00.000Z', 'phone', 20)],
    [alex, note('2026-10-21T10:00:00.000Z', 'phone', 10)],
  ] as const) {
    const created = await app.core.invoke('notes.create', { personId, fields });
    if (!created.ok) throw new Error('note');
  }
  await screen.findByRole('heading', { level: 1, name: 'People' });
  await app.user.click(screen.getByRole('link', { name: 'Funder report' }));
  await screen.findByRole('heading', { level: 1, name: 'Funder report' });
  return app;
}

describe('the funder report', () => {
  it('shows counts by month in a table with column and row headers, and no names', async () => {
    const { user } = await openReport();
    const from = screen.getByLabelText('From month');
    const to = screen.getByLabelText('To month');
    await user.clear(from);
    await user.type(from, '2026-09');
    await user.clear(to);
    await user.type(to, '2026-10');
    const table = await screen.findByRole('table', {
      name: 'Counts by month, September 2026 to October 2026',
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Month',
      'In person',
      'Phone',
      'Video',
      'Group',
      'Outreach',
      'All contacts',
      'Hours',
      'People supported',
      'Goals reached',
    ]);
    const october = within(table).getByRole('rowheader', { name: 'Oct 2026' }).closest('tr');
    expect(
      within(october as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', '2', '0', '0', '0', '3', '1.3', '2', '0']);
    expect(within(table).getByRole('rowheader', { name: 'Sep 2026' })).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('Sam');
    expect(document.body.textContent).not.toContain('Private words');
    expect(await violations()).toEqual([]);
  });

  it('exports the range shown as CSV', async () => {
    const { user, core } = await openReport();
    await user.clear(screen.getByLabelText('From month'));
    await user.type(screen.getByLabelText('From month'), '2026-10');
    await user.clear(screen.getByLabelText('To month'));
    await user.type(screen.getByLabelText('To month'), '2026-11');
    await screen.findByRole('table', { name: 'Counts by month, October 2026 to November 2026' });
    await user.click(screen.getByRole('button', { name: 'Export as CSV' }));
    expect(
      await screen.findByText(
        'The funder report was saved as alongside-funder-report-2026-10-to-2026-11.csv.',
      ),
    ).toBeInTheDocument();
    expect(core.callsTo('reports.exportFunderCsv')).toEqual([
      { fromMonth: '2026-10', toMonth: '2026-11' },
    ]);
  });

  it('says when the months are backwards, and asks nothing of the core then', async () => {
    const { user, core } = await openReport();
    await user.clear(screen.getByLabelText('From month'));
    await user.type(screen.getByLabelText('From month'), '2030-01');
    expect(await screen.findByText('The first month is after the last month.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export as CSV' })).toBeDisabled();
    await user.clear(screen.getByLabelText('From month'));
    await user.type(screen.getByLabelText('From month'), '2010-01');
    expect(await screen.findByText('Please choose ten years or less.')).toBeInTheDocument();
    expect(
      core
        .callsTo('reports.funder')
        .some((i) => (i as { fromMonth: string }).fromMonth === '2030-01'),
    ).toBe(false);
  });

  it('explains plainly when the agency policy turns the report off', async () => {
    const app = renderApp({ state: 'unlocked' });
    app.core.rights.funderReportEnabled = false;
    window.location.hash = '#/reports/funder';
    await screen.findByRole('heading', { level: 1, name: 'Funder report' });
    expect(
      await screen.findByText("Your agency's settings do not allow this."),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('table')).toBeNull());
  });
});
