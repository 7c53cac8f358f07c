import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Input, Label, SearchField, Switch } from 'react-aria-components';
import { Banner } from '../../components/Banner';
import { PageHeading } from '../../components/PageHeading';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { usePageTitle } from '../../components/usePageTitle';
import { errorMessageKey } from '../../errors';
import { useT } from '../../i18n/useT';
import { useVaultStatus } from '../../queries/vault-status';
import { PeopleList } from './PeopleList';
import { usePeopleList } from './queries';

export const FILTER_DEBOUNCE_MS = 150;

export function PeoplePage() {
  const t = useT();
  usePageTitle(t('people.title'));
  const status = useVaultStatus();
  const [filter, setFilter] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const debouncedFilter = useDebouncedValue(filter.trim(), FILTER_DEBOUNCE_MS);
  const people = usePeopleList(debouncedFilter, includeArchived);
  const items = people.data?.pages.flatMap((page) => page.items) ?? [];
  const nothingAtAll = people.isSuccess && items.length === 0 && !debouncedFilter;

  return (
    <>
      <div className="page-top">
        <PageHeading>{t('people.title')}</PageHeading>
        <Link to="/people/new" className="button button--primary">
          {t('people.add')}
        </Link>
      </div>
      {status.data && !status.data.recoveryCodeConfirmed && (
        <Banner tone="info" title={t('people.recoveryBanner.title')} titleLevel={2}>
          <p>{t('people.recoveryBanner.body')}</p>
          <Link to="/settings" className="button button--secondary">
            {t('people.recoveryBanner.action')}
          </Link>
        </Banner>
      )}
      <div className="toolbar">
        <SearchField className="field toolbar__search" value={filter} onChange={setFilter}>
          <Label className="field__label">{t('people.filter')}</Label>
          <Input className="field__input" />
        </SearchField>
        <Switch className="switch" isSelected={includeArchived} onChange={setIncludeArchived}>
          <span className="switch__track" aria-hidden="true">
            <span className="switch__thumb" />
          </span>
          {t('people.showArchived')}
        </Switch>
      </div>
      {people.isError && (
        <Banner tone="error" role="alert">
          {t(errorMessageKey(people.error))}
        </Banner>
      )}
      {people.isPending && (
        <p className="loading" role="status">
          {t('app.working')}
        </p>
      )}
      {nothingAtAll && (
        <p className="empty-state">
          {includeArchived ? t('people.emptyArchived') : t('people.empty')}
        </p>
      )}
      <p role="status" className="visually-hidden">
        {people.isSuccess && debouncedFilter
          ? t('people.filterCount', { count: items.length })
          : ''}
      </p>
      {people.isSuccess && debouncedFilter && items.length === 0 && (
        <p className="empty-state">{t('people.noMatch')}</p>
      )}
      {items.length > 0 && (
        <PeopleList
          people={items}
          hasMore={people.hasNextPage}
          loadingMore={people.isFetchingNextPage}
          onNearEnd={() => {
            if (people.hasNextPage && !people.isFetchingNextPage) void people.fetchNextPage();
          }}
        />
      )}
    </>
  );
}
