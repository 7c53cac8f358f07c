import { describe, expect, it } from 'vitest';
import type { Goal, Person } from '../../../src-main/contract';
import type { AuditPage, FunderRow } from '../../../src-main/contract/rights';
import { DEFAULT_POLICY } from '../../../src-main/core/policy/effective';
import { STRONG_PASSPHRASE, call, makeCore } from '../../support/core-fixture';
import type { CoreFixture } from '../../support/core-fixture';
import { goalFields, noteFields, personFields, value } from '../../support/record-fixture';
import { SaveCapture, parseCsv } from './save-capture';

const zeroContacts = { in_person: 0, phone: 0, video: 0, group: 0, outreach: 0 };

async function seed(f: CoreFixture): Promise<void> {
  const robin = await value<Person>(f, 'people.create', personFields());
  const sam = await value<Person>(f, 'people.create', personFields({ preferredName: 'Sam' }));
  const note = (personId: string, happenedAt: string, contactType: string, minutes: number) =>
    value(f, 'notes.create', {
      personId,
      fields: noteFields({
        happenedAt,
        contactType: contactType as 'phone',
        durationMinutes: minutes,
      }),
    });
  await note(robin.id, '2026-10-03T15:00:00.000Z', 'in_person', 45);
  await note(robin.id, '2026-10-20T15:00:00.000Z', 'phone', 20);
  await note(sam.id, '2026-10-21T15:00:00.000Z', 'phone', 10);
  // 23:30 in Toronto on the 31st is already November in UTC: the month is the UTC one.
  await note(sam.id, '2026-10-31T23:30:00.000-04:00', 'video', 60);
  await note(robin.id, '2026-12-01T00:00:00.000Z', 'group', 90);
  // The fake clock stands at 2026-11-23: goals reached now count in November.
  const goal = await value<Goal>(f, 'goals.create', { personId: robin.id, fields: goalFields() });
  await value(f, 'goals.setStatus', { id: goal.id, status: 'reached' });
  await value(f, 'goals.create', {
    personId: sam.id,
    fields: goalFields({ status: 'reached', inTheirWords: 'Cook for friends' }),
  });
  await value(f, 'goals.create', { personId: sam.id, fields: goalFields() });
}

async function unlocked(overrides: Parameters<typeof makeCore>[0] = {}) {
  const f = await makeCore(overrides);
  await call(f.core, 'vault.create', { passphrase: STRONG_PASSPHRASE });
  return f;
}

describe('the funder report', () => {
  it('counts contacts by type, hours, people supported and goals reached per UTC month', async () => {
    const f = await unlocked();
    try {
      await seed(f);
      const rows = await value<FunderRow[]>(f, 'reports.funder', {
        fromMonth: '2026-09',
        toMonth: '2026-12',
      });
      expect(rows).toEqual([
        {
          month: '2026-09',
          contacts: zeroContacts,
          totalContacts: 0,
          hours: 0,
          peopleSupported: 0,
          goalsReached: 0,
        },
        {
          month: '2026-10',
          contacts: { ...zeroContacts, in_person: 1, phone: 2 },
          totalContacts: 3,
          // 45 + 20 + 10 minutes = 1.25 h, to one decimal.
          hours: 1.3,
          peopleSupported: 2,
          goalsReached: 0,
        },
        {
          month: '2026-11',
          contacts: { ...zeroContacts, video: 1 },
          totalContacts: 1,
          hours: 1,
          peopleSupported: 1,
          goalsReached: 2,
        },
        {
          month: '2026-12',
          contacts: { ...zeroContacts, group: 1 },
          totalContacts: 1,
          hours: 1.5,
          peopleSupported: 1,
          goalsReached: 0,
        },
      ]);
      const one = await value<FunderRow[]>(f, 'reports.funder', {
        fromMonth: '2026-11',
        toMonth: '2026-11',
      });
      expect(one.map((row) => row.month)).toEqual(['2026-11']);
      // Across a year end, every month is there.
      const span = await value<FunderRow[]>(f, 'reports.funder', {
        fromMonth: '2025-11',
        toMonth: '2026-02',
      });
      expect(span.map((row) => row.month)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);

      for (const input of [
        { fromMonth: '2026-12', toMonth: '2026-01' },
        { fromMonth: '2026-13', toMonth: '2026-12' },
        { fromMonth: '2000-01', toMonth: '2026-12' },
      ]) {
        const refused = await f.core.dispatch('reports.funder', input);
        expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      }
    } finally {
      await f.cleanup();
    }
  });

  it('exports the counts as CSV with no names and no words, and audits only the kind', async () => {
    const capture = new SaveCapture();
    const f = await unlocked({ saveFile: capture.port });
    try {
      await seed(f);
      const saved = await value(f, 'reports.exportFunderCsv', {
        fromMonth: '2026-10',
        toMonth: '2026-11',
      });
      expect(saved).toEqual({
        outcome: 'saved',
        fileName: 'alongside-funder-report-2026-10-to-2026-11.csv',
      });
      const text = capture.lastText();
      expect(parseCsv(text)).toEqual([
        [
          'month',
          'contacts_in_person',
          'contacts_phone',
          'contacts_video',
          'contacts_group',
          'contacts_outreach',
          'contacts_total',
          'hours',
          'people_supported',
          'goals_reached',
        ],
        ['2026-10', '1', '2', '0', '0', '0', '3', '1.3', '2', '0'],
        ['2026-11', '0', '0', '1', '0', '0', '1', '1.0', '1', '2'],
      ]);
      for (const word of ['Robin', 'Sam', 'garden', 'Cook']) expect(text).not.toContain(word);
      const log = await value<AuditPage>(f, 'audit.list', { limit: 1 });
      expect(log.items[0]).toMatchObject({
        action: 'report.saved',
        detail: [{ key: 'kind', value: 'funder_csv' }],
      });
    } finally {
      await f.cleanup();
    }
  });

  it('is refused when the agency policy turns it off', async () => {
    const capture = new SaveCapture();
    const f = await unlocked({
      saveFile: capture.port,
      policy: () => ({ ...DEFAULT_POLICY, funderReportEnabled: false }),
    });
    try {
      for (const channel of ['reports.funder', 'reports.exportFunderCsv']) {
        const refused = await f.core.dispatch(channel, {
          fromMonth: '2026-10',
          toMonth: '2026-11',
        });
        expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED_BY_POLICY' } });
      }
      expect(capture.saved).toEqual([]);
    } finally {
      await f.cleanup();
    }
  });
});
