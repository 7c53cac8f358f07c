import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import type { FunderRange, FunderRow } from '../../../../src-main/contract/rights';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { PageHeading } from '../../components/PageHeading';
import { useActionNews } from '../../components/useActionNews';
import { usePageTitle } from '../../components/usePageTitle';
import { errorMessageKey } from '../../errors';
import { useT } from '../../i18n/useT';
import { CONTACT_TYPE_LIST } from '../notes/labels';
import { MAX_MONTHS, isMonth, monthDate, monthOf, monthsBefore, monthsBetween } from './months';
import { useExportFunderReport, useFunderReport } from './queries';

/** Counts for the agency and its funders: no names, no words, no ids. */
export function FunderReportPage() {
  const t = useT();
  const intl = useIntl();
  usePageTitle(t('reports.title'));
  // The last twelve months, this one included, as a funder usually asks.
  const [fromMonth, setFromMonth] = useState(() => monthsBefore(monthOf(Date.now()), 11));
  const [toMonth, setToMonth] = useState(() => monthOf(Date.now()));
  const complete = isMonth(fromMonth) && isMonth(toMonth);
  const problemKey = !complete
    ? null
    : fromMonth > toMonth
      ? 'reports.badRange'
      : monthsBetween(fromMonth, toMonth) > MAX_MONTHS
        ? 'reports.tooLong'
        : null;
  const badRange = problemKey !== null;
  const range: FunderRange | null = complete && !badRange ? { fromMonth, toMonth } : null;
  const report = useFunderReport(range);
  const exportCsv = useExportFunderReport();
  const { news, problem, run } = useActionNews();
  const fromId = useId();
  const toId = useId();
  const monthName = (month: string, style: 'long' | 'short' = 'long') =>
    intl.formatDate(monthDate(month), { year: 'numeric', month: style, timeZone: 'UTC' });

  const runExport = async () => {
    if (!range) return;
    await run(async () => {
      const result = await exportCsv.mutateAsync(range);
      return result.outcome === 'saved'
        ? t('reports.export.saved', { file: result.fileName })
        : t('reports.export.cancelled');
    });
  };

  return (
    <>
      <div className="page-top">
        <PageHeading>{t('reports.title')}</PageHeading>
        <Button
          variant="secondary"
          isBusy={exportCsv.isPending}
          isDisabled={range === null}
          onPress={() => void runExport()}
        >
          {t('reports.export')}
        </Button>
      </div>
      <p>{t('reports.intro')}</p>
      <p role="status">{news}</p>
      {problem && (
        <Banner tone="error" role="alert">
          {problem}
        </Banner>
      )}

      <fieldset className="fieldset filters">
        <legend className="field__label">{t('reports.range')}</legend>
        <div className="field">
          <label htmlFor={fromId} className="field__label">
            {t('reports.from')}
          </label>
          <div className="field__control">
            <input
              id={fromId}
              type="month"
              className="field__input field__input--medium"
              value={fromMonth}
              onChange={(event) => setFromMonth(event.target.value)}
            />
          </div>
        </div>
        <div className="field">
          <label htmlFor={toId} className="field__label">
            {t('reports.to')}
          </label>
          <div className="field__control">
            <input
              id={toId}
              type="month"
              className="field__input field__input--medium"
              value={toMonth}
              aria-invalid={badRange || undefined}
              aria-describedby={badRange ? `${toId}-problem` : undefined}
              onChange={(event) => setToMonth(event.target.value)}
            />
          </div>
          {badRange && (
            <p id={`${toId}-problem`} className="field__error" role="alert">
              {problemKey && t(problemKey)}
            </p>
          )}
        </div>
      </fieldset>

      {report.isError && (
        <Banner tone="error" role="alert">
          {t(errorMessageKey(report.error))}
        </Banner>
      )}
      {report.data && report.data.length > 0 && (
        <FunderTable
          rows={report.data}
          caption={t('reports.table', {
            first: monthName(report.data[0]?.month ?? fromMonth),
            second: monthName(report.data.at(-1)?.month ?? toMonth),
          })}
          monthName={monthName}
        />
      )}
    </>
  );
}

function FunderTable({
  rows,
  caption,
  monthName,
}: {
  rows: FunderRow[];
  caption: string;
  monthName: (month: string, style?: 'long' | 'short') => string;
}) {
  const t = useT();
  const intl = useIntl();
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table">
        <caption className="data-table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.col.month')}</th>
            {CONTACT_TYPE_LIST.map((type) => (
              <th key={type} scope="col" className="data-table__number">
                {t(`reports.col.${type}`)}
              </th>
            ))}
            <th scope="col" className="data-table__number">
              {t('reports.col.total')}
            </th>
            <th scope="col" className="data-table__number">
              {t('reports.col.hours')}
            </th>
            <th scope="col" className="data-table__number">
              {t('reports.col.people')}
            </th>
            <th scope="col" className="data-table__number">
              {t('reports.col.goals')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.month}>
              <th scope="row" className="data-table__row-head">
                {/* Short, so the ten columns fit; the caption names the range in full. */}
                {monthName(row.month, 'short')}
              </th>
              {CONTACT_TYPE_LIST.map((type) => (
                <td key={type} className="data-table__number">
                  {intl.formatNumber(row.contacts[type])}
                </td>
              ))}
              <td className="data-table__number">{intl.formatNumber(row.totalContacts)}</td>
              <td className="data-table__number">
                {intl.formatNumber(row.hours, {
                  minimumFractionDigits: 1,
                  maximumFractionDigits: 1,
                })}
              </td>
              <td className="data-table__number">{intl.formatNumber(row.peopleSupported)}</td>
              <td className="data-table__number">{intl.formatNumber(row.goalsReached)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
