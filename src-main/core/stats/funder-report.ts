import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { CONTACT_TYPES } from '../../contract';
import type { ContactType } from '../../contract';
import type { FunderRange, FunderRow } from '../../contract/rights';
import type { Database } from '../db/schema';
import { csvLine } from '../rights/csv';

function monthStart(month: string): string {
  return `${month}-01T00:00:00.000Z`;
}

function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

function monthsOf(range: FunderRange): string[] {
  const months: string[] = [];
  for (let month = range.fromMonth; month <= range.toMonth; month = nextMonth(month)) {
    months.push(month);
  }
  return months;
}

function emptyRow(month: string): FunderRow {
  const contacts = Object.fromEntries(CONTACT_TYPES.map((type) => [type, 0])) as Record<
    ContactType,
    number
  >;
  return { month, contacts, totalContacts: 0, hours: 0, peopleSupported: 0, goalsReached: 0 };
}

/**
 * Counts by UTC month for the agency and its funder: contacts by type, hours, people supported
 * (distinct people with a contact that month) and goals reached. Stored times are UTC ISO
 * strings, so the month is their first seven characters and a range is a string range.
 */
export async function funderReport(db: Kysely<Database>, range: FunderRange): Promise<FunderRow[]> {
  const from = monthStart(range.fromMonth);
  const to = monthStart(nextMonth(range.toMonth));
  const rows = new Map(monthsOf(range).map((month) => [month, emptyRow(month)]));
  const minutes = new Map<string, number>();

  const contacts = await sql<{ month: string; type: ContactType; n: number; minutes: number }>`
    SELECT substr(happened_at, 1, 7) AS month, contact_type AS type, count(*) AS n,
      sum(duration_minutes) AS minutes
    FROM notes WHERE happened_at >= ${from} AND happened_at < ${to}
    GROUP BY month, type`.execute(db);
  for (const c of contacts.rows) {
    const row = rows.get(c.month);
    if (!row) continue;
    row.contacts[c.type] = c.n;
    row.totalContacts += c.n;
    minutes.set(c.month, (minutes.get(c.month) ?? 0) + c.minutes);
  }

  const people = await sql<{ month: string; n: number }>`
    SELECT substr(happened_at, 1, 7) AS month, count(DISTINCT person_id) AS n
    FROM notes WHERE happened_at >= ${from} AND happened_at < ${to}
    GROUP BY month`.execute(db);
  for (const p of people.rows) {
    const row = rows.get(p.month);
    if (row) row.peopleSupported = p.n;
  }

  const goals = await sql<{ month: string; n: number }>`
    SELECT substr(reached_at, 1, 7) AS month, count(*) AS n
    FROM goals WHERE reached_at >= ${from} AND reached_at < ${to}
    GROUP BY month`.execute(db);
  for (const g of goals.rows) {
    const row = rows.get(g.month);
    if (row) row.goalsReached = g.n;
  }

  for (const [month, total] of minutes) {
    const row = rows.get(month);
    // Hours to one decimal, rounded from whole minutes so no float drift shows in the CSV.
    if (row) row.hours = Math.round(total / 6) / 10;
  }
  return [...rows.values()];
}

export const FUNDER_CSV_HEADER = [
  'month',
  ...CONTACT_TYPES.map((type) => `contacts_${type}`),
  'contacts_total',
  'hours',
  'people_supported',
  'goals_reached',
];

export function funderCsv(rows: readonly FunderRow[]): string {
  return [
    csvLine(FUNDER_CSV_HEADER),
    ...rows.map((row) =>
      csvLine([
        row.month,
        ...CONTACT_TYPES.map((type) => row.contacts[type]),
        row.totalContacts,
        row.hours.toFixed(1),
        row.peopleSupported,
        row.goalsReached,
      ]),
    ),
  ].join('');
}
