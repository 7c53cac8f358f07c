import { Link, useParams } from '@tanstack/react-router';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { errorMessageKey } from '../../errors';
import { useT } from '../../i18n/useT';
import { usePerson } from '../people/queries';
import { StatusBadge } from './StatusBadge';
import { useSharesList } from './queries';

/**
 * The clinical-facing space, kept apart from the person's own notes: its own heading, colour
 * band and promise, so nobody mistakes a share for a note or a note for something sent.
 */
export function CareTeamSection() {
  const t = useT();
  const intl = useIntl();
  const headingId = useId();
  const { personId } = useParams({ from: '/people/$personId' });
  const person = usePerson(personId);
  const shares = useSharesList(personId);
  const name = person.data?.preferredName ?? '';
  const items = shares.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section className="section care-team" aria-labelledby={headingId}>
      <div className="section__top">
        <h2 id={headingId} className="heading heading--2">
          {t('shares.title')}
        </h2>
        <Link
          to="/people/$personId/care-team/new"
          params={{ personId }}
          className="button button--primary"
        >
          {t('shares.new')}
        </Link>
      </div>
      <p className="care-team__promise">{t('shares.promise', { name })}</p>
      {shares.isError && (
        <Banner tone="error" role="alert">
          {t(errorMessageKey(shares.error))}
        </Banner>
      )}
      {shares.isSuccess && items.length === 0 && <p className="empty-state">{t('shares.empty')}</p>}
      {items.length > 0 && (
        <ul className="card-list__items share-list" aria-label={t('shares.listLabel', { name })}>
          {items.map((share) => (
            <li key={share.id} className="card-list__item share-list__item">
              <Link
                to="/people/$personId/care-team/$shareId"
                params={{ personId, shareId: share.id }}
                className="card-list__link"
              >
                {t('shares.item', { recipient: share.recipientLabel })}
              </Link>
              <StatusBadge status={share.status} />
              <p className="card-list__preview">{share.purpose}</p>
              <p className="card-list__meta">
                {t('shares.updated', {
                  date: intl.formatDate(share.updatedAt, { dateStyle: 'medium' }),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
      {shares.hasNextPage && (
        <Button
          variant="secondary"
          isBusy={shares.isFetchingNextPage}
          onPress={() => void shares.fetchNextPage()}
        >
          {t('shares.more')}
        </Button>
      )}
    </section>
  );
}
