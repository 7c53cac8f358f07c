import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { PageHeading } from '../../components/PageHeading';
import { errorMessageKey } from '../../errors';
import { useT } from '../../i18n/useT';

export function LoadingScreen() {
  const t = useT();
  return (
    <main className="vault-main">
      <p role="status" className="loading">
        {t('app.loading')}
      </p>
    </main>
  );
}

export function StartErrorScreen({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useT();
  return (
    <main className="vault-main">
      <div className="card">
        <PageHeading>{t('app.startError.title')}</PageHeading>
        <Banner tone="error" role="alert">
          {t(errorMessageKey(error))}
        </Banner>
        <div className="form__actions">
          <Button onPress={onRetry}>{t('app.startError.retry')}</Button>
        </div>
      </div>
    </main>
  );
}
