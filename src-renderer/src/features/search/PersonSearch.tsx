import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Input, Label, SearchField } from 'react-aria-components';
import { Banner } from '../../components/Banner';
import { errorMessageKey } from '../../errors';
import { useT } from '../../i18n/useT';
import { SearchHitContent } from './SearchDialog';
import { hitTarget, useSearch } from './useSearch';

/** Search inside one person's record: their profile, goals and notes, nobody else's. */
export function PersonSearch({ personId, name }: { personId: string; name: string }) {
  const t = useT();
  const [text, setText] = useState('');
  const search = useSearch(text, personId);
  const hits = search.query && text.trim() ? (search.data ?? []) : [];
  const searched = search.query.length > 0 && search.isSuccess && !search.isFetching;

  return (
    <div className="person-search" role="search">
      <SearchField className="field" value={text} onChange={setText}>
        <Label className="field__label">{t('person.search', { name })}</Label>
        <Input className="field__input" />
      </SearchField>
      <p role="status" className="visually-hidden">
        {searched && text.trim()
          ? hits.length === 0
            ? t('search.none')
            : t('search.count', { count: hits.length })
          : ''}
      </p>
      {search.isError && (
        <Banner tone="error" role="alert">
          {t(errorMessageKey(search.error))}
        </Banner>
      )}
      {searched && text.trim() && hits.length === 0 && <p className="muted">{t('search.none')}</p>}
      {hits.length > 0 && (
        <ul className="person-search__hits" aria-label={t('search.results')}>
          {hits.map((hit) => (
            <li key={`${hit.kind}-${hit.id}`} className="search-hit">
              <Link {...hitTarget(hit)} className="search-hit__link">
                <SearchHitContent hit={hit} />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
