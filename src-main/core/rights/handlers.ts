import type { SavedFile } from '../../contract/rights';
import { auditCsv, checkAudit, listAudit } from '../audit/audit-list';
import type { CoreContext } from '../context';
import { AppFailure } from '../failure';
import type { Handlers } from '../router';
import { releaseOwnCopy, saveReport } from '../sharing/release';
import { funderCsv, funderReport } from '../stats/funder-report';
import { deletePerson } from './delete-person';

type RightsChannel = Extract<keyof Handlers, `${'rights' | 'audit' | 'reports'}.${string}`>;

function requireFunderReport(ctx: CoreContext): void {
  if (!ctx.policy().funderReportEnabled) {
    throw new AppFailure('NOT_ALLOWED_BY_POLICY', 'The agency policy turns the funder report off');
  }
}

function today(ctx: CoreContext): string {
  return new Date(ctx.clock.now()).toISOString().slice(0, 10);
}

function outcomeOf(result: { saved: true; fileName: string } | { saved: false }): SavedFile {
  return result.saved ? { outcome: 'saved', fileName: result.fileName } : { outcome: 'cancelled' };
}

/** The person's rights, the activity log and the funder report, as channels. */
export function rightsHandlers(ctx: CoreContext): Pick<Handlers, RightsChannel> {
  return {
    'rights.copyOfNotes': ({ personId, language }) => releaseOwnCopy(ctx, personId, language),
    'rights.deletePerson': ({ personId, confirmation }) =>
      deletePerson(ctx.db(), ctx.deps, personId, confirmation),

    'audit.list': (input) => listAudit(ctx.db(), input),
    'audit.verify': () => checkAudit(ctx.db()),
    'audit.exportCsv': async () =>
      outcomeOf(
        await saveReport(ctx, {
          kind: 'audit_csv',
          suggestedName: `alongside-activity-log-${today(ctx)}.csv`,
          csv: await auditCsv(ctx.db()),
        }),
      ),

    'reports.funder': async (range) => {
      requireFunderReport(ctx);
      return funderReport(ctx.db(), range);
    },
    'reports.exportFunderCsv': async (range) => {
      requireFunderReport(ctx);
      const rows = await funderReport(ctx.db(), range);
      return outcomeOf(
        await saveReport(ctx, {
          kind: 'funder_csv',
          suggestedName: `alongside-funder-report-${range.fromMonth}-to-${range.toMonth}.csv`,
          csv: funderCsv(rows),
        }),
      );
    },
  };
}
