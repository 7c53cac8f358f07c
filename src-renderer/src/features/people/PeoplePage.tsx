import { Link } from '@tanstack/react-router';
import { Banner } from '../../components/Banner';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { useT } from '../../i18n/useT';
import { useVaultStatus } from '../../queries/vault-status';

export function PeoplePage() {
  const t = useT();
  usePageTitle(t('people.title'));
  const status = useVaultStatus();

  return (
    <>
      <PageHeading>{t('people.title')}</PageHeading>
      {status.data && !status.data.recoveryCodeConfirmed && (
        <Banner tone="info" title={t('people.recoveryBanner.title')} titleLevel={2}>
          <p>{t('people.recoveryBanner.body')}</p>
          <Link to="/settings" className="button button--secondary">
            {t('people.recoveryBanner.action')}
          </Link>
        </Banner>
      )}
      <p className="empty-state">{t('people.empty')}</p>
    </>
  );
}
