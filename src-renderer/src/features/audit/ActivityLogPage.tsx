import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import type { AuditEntry } from '../../../../src-main/contract/rights';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { PageHeading } from '../../components/PageHeading';
import { SelectField } from '../../components/SelectField';
import { useActionNews } from '../../components/useActionNews';
import { usePageTitle } from '../../components/usePageTitle';
import { errorMessageKey } from '../../errors';
import { useT } from '../../i18n/useT';
import { ACTION_FILTERS, actionLabelKey, subjectLabelKey } from './labels';
import { useAuditList, useExportAudit, useVerifyAudit } from './queries';
import type { AuditFilters } from './queries';

/**
 * The activity log for the worker and the agency: times, codes and record ids, never content.
 * Verify walks the whole chain; export saves it as CSV through the core's one way out.
 */
export function ActivityLogPage() {
  const t = useT();
  usePageTitle(t('audit.title'));
  const [filters, setFilters] = useState<AuditFilters>({ action: '', from: '', to: '' });
  const badRange = filters.from !== '' && filters.to !== '' && filters.from > filters.to;
  const list = useAuditList(badRange ? { ...filters, to: '' } : filters);
  const verify = useVerifyAudit();
  const exportCsv = useExportAudit();
  const { news, problem, run } = useActionNews();
  const fromId = useId();
  const toId = useId();
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  const runVerify = () =>
    run(async () => {
      const result = await verify.mutateAsync();
      return result.intact
        ? t('audit.verify.intact', { count: result.events })
        : t('audit.verify.broken', { number: result.firstBrokenSeq });
    });

  const runExport = () =>
    run(async () => {
      const result = await exportCsv.mutateAsync();
      return result.outcome === 'saved'
        ? t('audit.export.saved', { file: result.fileName })
        : t('audit.export.cancelled');
    });

  return (
    <>
      <div className="page-top">
        <PageHeading>{t('audit.title')}</PageHeading>
        <div className="form__actions">
          <Button variant="secondary" isBusy={verify.isPending} onPress={() => void runVerify()}>
            {t('audit.verify')}
          </Button>
          <Button variant="secondary" isBusy={exportCsv.isPending} onPress={() => void runExport()}>
            {t('audit.export')}
          </Button>
        </div>
      </div>
      <p>{t('audit.intro')}</p>
      <p role="status" className="audit-news">
        {news}
      </p>
      {problem && (
        <Banner tone="error" role="alert">
          {problem}
        </Banner>
      )}

      <fieldset className="fieldset filters">
        <legend className="field__label">{t('audit.filters')}</legend>
        <SelectField
          label={t('audit.filter.kind')}
          value={filters.action}
          options={ACTION_FILTERS.map((option) => ({
            value: option.value,
            label: t(option.label),
          }))}
          onChange={(action) => setFilters((current) => ({ ...current, action }))}
        />
        <div className="field">
          <label htmlFor={fromId} className="field__label">
            {t('audit.filter.from')}
          </label>
          <div className="field__control">
            <input
              id={fromId}
              type="date"
              className="field__input field__input--medium"
              value={filters.from}
              onChange={(event) =>
                setFilters((current) => ({ ...current, from: event.target.value }))
              }
            />
          </div>
        </div>
        <div className="field">
          <label htmlFor={toId} className="field__label">
            {t('audit.filter.to')}
          </label>
          <div className="field__control">
            <input
              id={toId}
              type="date"
              className="field__input field__input--medium"
              value={filters.to}
              aria-invalid={badRange || undefined}
              aria-describedby={badRange ? `${toId}-problem` : undefined}
              onChange={(event) =>
                setFilters((current) => ({ ...current, to: event.target.value }))
              }
            />
          </div>
          {badRange && (
            <p id={`${toId}-problem`} className="field__error" role="alert">
              {t('audit.filter.badRange')}
            </p>
          )}
        </div>
      </fieldset>

      {list.isError && (
        <Banner tone="error" role="alert">
          {t(errorMessageKey(list.error))}
        </Banner>
      )}
      {list.isSuccess && items.length === 0 && <p className="empty-state">{t('audit.empty')}</p>}
      {items.length > 0 && <AuditTable items={items} />}
      {list.hasNextPage && (
        <div className="form__actions">
          <Button
            variant="secondary"
            isBusy={list.isFetchingNextPage}
            onPress={() => void list.fetchNextPage()}
          >
            {t('audit.more')}
          </Button>
        </div>
      )}
    </>
  );
}

function AuditTable({ items }: { items: AuditEntry[] }) {
  const t = useT();
  const intl = useIntl();
  return (
    <div className="table-scroll" role="region" aria-label={t('audit.table')} tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">{t('audit.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.col.seq')}</th>
            <th scope="col">{t('audit.col.at')}</th>
            <th scope="col">{t('audit.col.action')}</th>
            <th scope="col">{t('audit.col.subject')}</th>
            <th scope="col">{t('audit.col.detail')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.seq}>
              <td className="data-table__number">{item.seq}</td>
              <td>
                <time dateTime={item.at}>
                  {intl.formatDate(item.at, { dateStyle: 'medium', timeStyle: 'medium' })}
                </time>
                {item.actor === 'system' && <span className="muted"> {t('audit.by.system')}</span>}
              </td>
              <th scope="row" className="data-table__row-head">
                {t(actionLabelKey(item.action))}
                <code className="data-table__code">{item.action}</code>
              </th>
              <td>
                {item.subjectType && item.subjectId ? (
                  <>
                    {t(subjectLabelKey(item.subjectType))}{' '}
                    <code className="data-table__code data-table__code--id" title={item.subjectId}>
                      {item.subjectId.slice(0, 8)}
                    </code>
                  </>
                ) : (
                  ''
                )}
              </td>
              <td>
                {item.detail.map((pair) => (
                  <code key={pair.key} className="data-table__code">
                    {pair.key}: {pair.value}
                  </code>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
