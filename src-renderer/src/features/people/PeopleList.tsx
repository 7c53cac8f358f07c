import { Link } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import type { PersonSummary } from '../../../../src-main/contract';
import { VirtualList } from '../../components/VirtualList';
import { useT } from '../../i18n/useT';

export interface PeopleListProps {
  people: PersonSummary[];
  hasMore: boolean;
  loadingMore: boolean;
  onNearEnd: () => void;
}

/** Thousands of people scroll smoothly because only the rows in view exist. */
export function PeopleList({ people, hasMore, loadingMore, onNearEnd }: PeopleListProps) {
  const t = useT();
  const intl = useIntl();
  return (
    <VirtualList
      items={people}
      itemKey={(person) => person.id}
      label={t('people.listLabel')}
      estimatedRowPx={72}
      hasMore={hasMore}
      loadingMore={loadingMore}
      loadingMoreLabel={t('people.loadingMore')}
      onNearEnd={onNearEnd}
      className="people-list"
      listClassName="people-list__items"
      itemClassName="people-list__item"
      renderItem={(person) => (
        <>
          <Link
            to="/people/$personId"
            params={{ personId: person.id }}
            className="people-list__link"
          >
            {person.preferredName}
          </Link>
          {person.pronouns && <span className="people-list__pronouns">{person.pronouns}</span>}
          <span className="people-list__meta">
            {person.archivedAt !== null && <span className="tag">{t('person.archived.tag')}</span>}
            {t('people.lastActivity', {
              date: intl.formatDate(person.lastActivityAt, { dateStyle: 'medium' }),
            })}
          </span>
        </>
      )}
    />
  );
}
