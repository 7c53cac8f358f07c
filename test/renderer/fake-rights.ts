import type {
  AppError,
  Channel,
  ChannelInput,
  ChannelOutput,
  ContactType,
  Result,
} from '../../src-main/contract';
import type { AuditEntry, FunderRow, SavedFile } from '../../src-main/contract/rights';
import type { FakeRecord } from './fake-record';

type Handler<C extends Channel> = (
  input: ChannelInput<C>,
) => Result<ChannelOutput<C>> | Promise<Result<ChannelOutput<C>>>;

export type RightsChannel = Extract<Channel, `${'rights' | 'audit' | 'reports'}.${string}`>;
type RightsHandlers = { [C in RightsChannel]: Handler<C> };

const CONTACT_TYPES: readonly ContactType[] = ['in_person', 'phone', 'video', 'group', 'outreach'];

function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

function fail(code: AppError['code'], message: string): { ok: false; error: AppError } {
  return { ok: false, error: { code, message } };
}

/** A day means the whole UTC day (`plusDays` 1 for its end); an instant is itself. */
function bound(value: string, plusDays: number): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(value).toISOString();
  const day = new Date(`${value}T00:00:00.000Z`);
  day.setUTCDate(day.getUTCDate() + plusDays);
  return day.toISOString();
}

function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * The person's rights, the activity log and the funder report, in memory. The log is what the
 * test puts in it plus what these channels add; the report is counted from the fake record.
 */
export class FakeRights {
  readonly events: AuditEntry[] = [];
  /** The entry verify reports as changed; null when the chain is intact. */
  brokenAt: number | null = null;
  /** What the next save dialog answers. */
  nextSave: 'saved' | 'cancelled' = 'saved';
  readonly saved: { kind: string; fileName: string }[] = [];
  funderReportEnabled = true;

  constructor(private readonly record: FakeRecord) {}

  log(
    action: string,
    options: {
      at?: string;
      subject?: { type: string; id: string };
      detail?: AuditEntry['detail'];
    } = {},
  ): AuditEntry {
    const entry: AuditEntry = {
      seq: this.events.length + 1,
      at: options.at ?? new Date().toISOString(),
      actor: 'worker',
      action,
      subjectType: options.subject?.type ?? null,
      subjectId: options.subject?.id ?? null,
      detail: options.detail ?? [],
    };
    this.events.push(entry);
    return entry;
  }

  private save(kind: string, fileName: string, action?: () => void): SavedFile {
    if (this.nextSave === 'cancelled') {
      this.nextSave = 'saved';
      return { outcome: 'cancelled' };
    }
    this.saved.push({ kind, fileName });
    action?.();
    return { outcome: 'saved', fileName };
  }

  private funderRows(fromMonth: string, toMonth: string): FunderRow[] {
    const rows: FunderRow[] = [];
    for (let month = fromMonth; month <= toMonth; month = nextMonth(month)) {
      const notes = [...this.record.notes.values()]
        .map((note) => ({ personId: note.personId, fields: note.versions.at(-1)?.fields }))
        .filter((note) => note.fields?.happenedAt.startsWith(month));
      const contacts = Object.fromEntries(
        CONTACT_TYPES.map((type) => [
          type,
          notes.filter((n) => n.fields?.contactType === type).length,
        ]),
      ) as FunderRow['contacts'];
      const minutes = notes.reduce((sum, n) => sum + (n.fields?.durationMinutes ?? 0), 0);
      rows.push({
        month,
        contacts,
        totalContacts: notes.length,
        hours: Math.round(minutes / 6) / 10,
        peopleSupported: new Set(notes.map((n) => n.personId)).size,
        goalsReached: [...this.record.goals.values()].filter((g) => g.reachedAt?.startsWith(month))
          .length,
      });
    }
    return rows;
  }

  readonly handlers: RightsHandlers = {
    'rights.copyOfNotes': ({ personId }) => {
      if (!this.record.people.has(personId)) return fail('NOT_FOUND', 'No such person.');
      const notes = [...this.record.notes.values()].filter((n) => n.personId === personId).length;
      return ok(
        this.save('own_copy', 'my-notes.pdf', () =>
          this.log('own_copy.released', {
            subject: { type: 'person', id: personId },
            detail: [{ key: 'notes', value: String(notes) }],
          }),
        ),
      );
    },
    'rights.deletePerson': ({ personId, confirmation }) => {
      const person = this.record.people.get(personId);
      if (!person) return fail('NOT_FOUND', 'No such person.');
      if (confirmation.trim() !== person.preferredName.trim()) {
        return fail('CONFIRMATION_MISMATCH', 'The typed name does not match.');
      }
      const notes = [...this.record.notes.values()].filter((n) => n.personId === personId);
      const goals = [...this.record.goals.values()].filter((g) => g.personId === personId);
      const counts = {
        notes: notes.length,
        versions: notes.reduce((sum, n) => sum + n.versions.length, 0),
        goals: goals.length,
        steps: goals.reduce((sum, g) => sum + g.steps.length, 0),
        shares: 0,
      };
      for (const note of notes) this.record.notes.delete(note.id);
      for (const goal of goals) this.record.goals.delete(goal.id);
      this.record.people.delete(personId);
      this.log('person.deleted', {
        subject: { type: 'person', id: personId },
        detail: Object.entries(counts).map(([key, value]) => ({ key, value: String(value) })),
      });
      return ok(counts);
    },
    'audit.list': ({ action, from, to, cursor, limit = 50 }) => {
      const matching = [...this.events]
        .reverse()
        .filter((e) => !action || e.action.startsWith(action))
        .filter((e) => !from || e.at >= bound(from, 0))
        .filter((e) => !to || e.at < bound(to, 1));
      const start = cursor ? Number(cursor) : 0;
      const items = matching.slice(start, start + limit);
      return ok({
        items,
        nextCursor: start + limit < matching.length ? String(start + limit) : null,
      });
    },
    'audit.verify': () =>
      ok(
        this.brokenAt === null
          ? { intact: true as const, events: this.events.length }
          : { intact: false as const, firstBrokenSeq: this.brokenAt, events: this.brokenAt - 1 },
      ),
    'audit.exportCsv': () =>
      ok(
        this.save('audit_csv', 'alongside-activity-log.csv', () =>
          this.log('report.saved', { detail: [{ key: 'kind', value: 'audit_csv' }] }),
        ),
      ),
    'reports.funder': ({ fromMonth, toMonth }) =>
      this.funderReportEnabled
        ? ok(this.funderRows(fromMonth, toMonth))
        : fail('NOT_ALLOWED_BY_POLICY', 'Turned off by policy.'),
    'reports.exportFunderCsv': ({ fromMonth, toMonth }) =>
      this.funderReportEnabled
        ? ok(this.save('funder_csv', `alongside-funder-report-${fromMonth}-to-${toMonth}.csv`))
        : fail('NOT_ALLOWED_BY_POLICY', 'Turned off by policy.'),
  };
}
