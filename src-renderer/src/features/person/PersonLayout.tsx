import { Link, Outlet, useParams } from '@tanstack/react-router';
import { Banner } from '../../components/Banner';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { errorMessageKey } from '../../errors';
import { useT } from '../../i18n/useT';
import { usePerson } from '../people/queries';
import { PersonSearch } from '../search/PersonSearch';

/** One person's record: a header, their sections, and a search that stays inside the record. */
export function PersonLayout() {
  const t = useT();
  const { personId } = useParams({ from: '/people/$personId' });
  const person = usePerson(personId);
  usePageTitle(person.data?.preferredName ?? t('people.title'));

  if (person.isPending) {
    return (
      <p className="loading" role="status">
        {t('app.working')}
      </p>
    );
  }
  if (person.isError) {
    return (
      <>
        <PageHeading>{t('person.unavailable')}</PageHeading>
        <Banner tone="error" role="alert">
          {t(errorMessageKey(person.error))}
        </Banner>
        <p>
          <Link to="/">{t('notFound.back')}</Link>
        </p>
      </>
    );
  }

  const { preferredName: name, pronouns, archivedAt } = person.data;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/">{t('person.backToPeople')}</Link>
      </p>
      <header className="person-header">
        <PageHeading>
          {name}
          {pronouns && <span className="person-header__pronouns"> ({pronouns})</span>}
        </PageHeading>
      </header>
      {archivedAt !== null && (
        <Banner tone="info" title={t('person.archived.title')}>
          <p>{t('person.archived.body', { name })}</p>
        </Banner>
      )}
      <nav className="section-nav" aria-label={t('person.sections', { name })}>
        <ul>
          <li>
            <Link
              to="/people/$personId"
              params={{ personId }}
              activeOptions={{ exact: true }}
              className="section-nav__link"
            >
              {t('person.tab.about')}
            </Link>
          </li>
          <li>
            <Link to="/people/$personId/goals" params={{ personId }} className="section-nav__link">
              {t('person.tab.goals')}
            </Link>
          </li>
          <li>
            <Link to="/people/$personId/notes" params={{ personId }} className="section-nav__link">
              {t('person.tab.notes')}
            </Link>
          </li>
          <li>
            <Link
              to="/people/$personId/care-team"
              params={{ personId }}
              className="section-nav__link section-nav__link--care-team"
            >
              {t('shares.tab')}
            </Link>
          </li>
        </ul>
      </nav>
      <PersonSearch key={personId} personId={personId} name={name} />
      <Outlet />
    </>
  );
}
