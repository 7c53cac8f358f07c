import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Person } from '../../../src-main/contract';
import type { AuditCheck, AuditPage } from '../../../src-main/contract/rights';
import { csvCell, csvLine } from '../../../src-main/core/rights/csv';
import { STRONG_PASSPHRASE, call, makeCore } from '../../support/core-fixture';
import { personFields, value } from '../../support/record-fixture';
import { SaveCapture, parseCsv } from './save-capture';

const DAY = 24 * 60 * 60_000;

async function coreWithEvents() {
  const capture = new SaveCapture();
  const f = await makeCore({ saveFile: capture.port });
  await call(f.core, 'vault.create', { passphrase: STRONG_PASSPHRASE });
  f.clock.advance(DAY);
  const person = await value<Person>(f, 'people.create', personFields({ preferredName: '=cmd' }));
  await value(f, 'people.update', { id: person.id, fields: personFields() });
  f.clock.advance(DAY);
  await value(f, 'people.setArchived', { id: person.id, archived: true });
  await call(f.core, 'settings.setIdleLock', { minutes: 7 });
  return { f, capture, person };
}

describe('the activity log', () => {
  it('lists newest first in keyset pages, filtered by action prefix and UTC days', async () => {
    const { f, person } = await coreWithEvents();
    try {
      const all = await value<AuditPage>(f, 'audit.list', {});
      const actions = all.items.map((item) => item.action);
      expect(actions.slice(0, 4)).toEqual([
        'settings.idle_lock_changed',
        'person.archived',
        'person.updated',
        'person.created',
      ]);
      expect(actions).toContain('vault.created');
      const seqs = all.items.map((item) => item.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
      expect(all.items[1]).toMatchObject({
        actor: 'worker',
        subjectType: 'person',
        subjectId: person.id,
        detail: [],
      });
      expect(all.items[0]?.detail).toEqual([{ key: 'minutes', value: '7' }]);

      const first = await value<AuditPage>(f, 'audit.list', { limit: 2 });
      expect(first.items.map((item) => item.seq)).toEqual(seqs.slice(0, 2));
      const second = await value<AuditPage>(f, 'audit.list', {
        limit: 2,
        cursor: first.nextCursor,
      });
      expect(second.items.map((item) => item.seq)).toEqual(seqs.slice(2, 4));

      const people = await value<AuditPage>(f, 'audit.list', { action: 'person.' });
      expect(people.items.map((item) => item.action)).toEqual([
        'person.archived',
        'person.updated',
        'person.created',
      ]);
      expect(people.nextCursor).toBeNull();
      // An underscore is a letter here, not LIKE's wildcard.
      const underscored = await value<AuditPage>(f, 'audit.list', { action: 'vault.unlock_' });
      expect(underscored.items).toEqual([]);

      const created = all.items.find((item) => item.action === 'person.created');
      const day = created?.at.slice(0, 10) ?? '';
      const thatDay = await value<AuditPage>(f, 'audit.list', { from: day, to: day });
      expect(thatDay.items.map((item) => item.action)).toEqual([
        'person.updated',
        'person.created',
      ]);
      const later = await value<AuditPage>(f, 'audit.list', { from: nextDay(day) });
      expect(later.items.map((item) => item.action)).toEqual([
        'settings.idle_lock_changed',
        'person.archived',
      ]);

      // Instants: the worker's own day, here one that starts five hours after Greenwich's.
      const local = await value<AuditPage>(f, 'audit.list', {
        from: `${day}T05:00:00.000Z`,
        to: `${nextDay(day)}T05:00:00.000Z`,
      });
      expect(local.items.map((item) => item.action)).toEqual(['person.updated', 'person.created']);
      const before = await value<AuditPage>(f, 'audit.list', { to: created?.at ?? '' });
      expect(before.items.map((item) => item.action)).not.toContain('person.created');

      const bad = await f.core.dispatch('audit.list', { action: "x' OR 1=1 --" });
      expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    } finally {
      await f.cleanup();
    }
  });

  it('verifies the chain: intact with its count, or the first entry that changed', async () => {
    const { f } = await coreWithEvents();
    try {
      const check = await value<AuditCheck>(f, 'audit.verify', {});
      const count = (await f.core.vault.database().selectFrom('audit_events').selectAll().execute())
        .length;
      expect(check).toEqual({ intact: true, events: count });

      // Someone with the key and a SQL tool: the triggers go first, then one detail changes.
      const db = f.core.vault.database();
      await sql`DROP TRIGGER audit_events_no_update`.execute(db);
      await db
        .updateTable('audit_events')
        .set({ detail: '{"minutes":60}' })
        .where('action', '=', 'settings.idle_lock_changed')
        .execute();
      const broken = await value<AuditCheck>(f, 'audit.verify', {});
      expect(broken).toEqual({ intact: false, firstBrokenSeq: count, events: count - 1 });
    } finally {
      await f.cleanup();
    }
  });

  it('exports every event as RFC 4180 CSV through the save port, and audits that it did', async () => {
    const { f, capture, person } = await coreWithEvents();
    try {
      const before = await f.core.vault.database().selectFrom('audit_events').selectAll().execute();
      const saved = await value(f, 'audit.exportCsv', {});
      expect(saved).toEqual({
        outcome: 'saved',
        fileName: expect.stringMatching(/^alongside-activity-log-2026-11-25\.csv$/),
      });
      expect(capture.saved[0]?.kind).toBe('csv');
      const text = capture.lastText();
      expect(text.endsWith('\r\n')).toBe(true);
      const rows = parseCsv(text);
      expect(rows[0]).toEqual([
        'seq',
        'at',
        'actor',
        'action',
        'subject_type',
        'subject_id',
        'detail',
        'hash',
      ]);
      expect(rows.slice(1)).toEqual(
        before.map((row) => [
          String(row.seq),
          row.at,
          row.actor,
          row.action,
          row.subject_type ?? '',
          row.subject_id ?? '',
          row.detail,
          row.hash,
        ]),
      );
      // The person's name is content and is nowhere in it, not even the one shaped like a formula.
      expect(text).not.toContain('Robin');
      expect(text).not.toContain('=cmd');
      expect(rows.flat().some((cell) => cell.includes(person.id))).toBe(true);

      const log = await value<AuditPage>(f, 'audit.list', { limit: 1 });
      expect(log.items[0]).toMatchObject({
        action: 'report.saved',
        detail: [{ key: 'kind', value: 'audit_csv' }],
      });

      capture.cancelNext = true;
      await expect(value(f, 'audit.exportCsv', {})).resolves.toEqual({ outcome: 'cancelled' });
      const after = await value<AuditPage>(f, 'audit.list', { limit: 1 });
      expect(after.items[0]?.seq).toBe(log.items[0]?.seq);
    } finally {
      await f.cleanup();
    }
  });

  it('writes cells a spreadsheet cannot run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
    expect(csvLine(['a', 1, null])).toBe('a,1,\r\n');
    expect(parseCsv(csvLine(['x"y', '=z', 'p\r\nq']))).toEqual([['x"y', "'=z", 'p\r\nq']]);
  });
});

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + DAY).toISOString().slice(0, 10);
}
