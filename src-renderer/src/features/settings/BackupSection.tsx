import { useId, useState } from 'react';
import type { BackupResult } from '../../../../src-main/contract';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { errorMessageKey } from '../../errors';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/useT';
import { useBackup } from './admin-queries';

/** The core asks for the folder; the screen only ever learns the new folder's name. */
export function BackupSection() {
  const t = useT();
  const headingId = useId();
  const backup = useBackup();
  const [result, setResult] = useState<BackupResult | null>(null);
  const [error, setError] = useState<MessageKey | null>(null);

  const start = () => {
    if (backup.isPending) return;
    setResult(null);
    setError(null);
    backup.mutate(undefined, {
      onSuccess: setResult,
      onError: (failure) => setError(errorMessageKey(failure)),
    });
  };

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId} className="heading heading--2">
        {t('backup.title')}
      </h2>
      <p>{t('backup.intro')}</p>
      <div role="status">
        {result?.done === true && (
          <Banner tone="success">
            {t('backup.done', {
              name: result.folderName,
              first: result.people,
              second: result.notes,
            })}
          </Banner>
        )}
        {result?.done === false && <Banner tone="info">{t('backup.cancelled')}</Banner>}
      </div>
      {error && (
        <Banner tone="error" role="alert">
          {t(error)}
        </Banner>
      )}
      <div className="form__actions">
        <Button variant="secondary" onPress={start} isBusy={backup.isPending}>
          {t('backup.submit')}
        </Button>
      </div>
    </section>
  );
}
