import { useIntl } from 'react-intl';
import { errorMessageKeys } from '../errors';
import { useT } from '../i18n/useT';
import type { SaveStatus } from '../session/autosave';
import { Banner } from './Banner';
import { Button } from './Button';

/** Says calmly where the text stands; a refusal from the core gets its own alert. */
export function SaveIndicator({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  const t = useT();
  const intl = useIntl();
  let text = '';
  if (status.kind === 'saving') text = t('autosave.saving');
  if (status.kind === 'saved') {
    text = t('autosave.savedAt', {
      time: intl.formatTime(status.savedAt, { hour: '2-digit', minute: '2-digit' }),
    });
  }
  if (status.kind === 'retrying') text = t('autosave.retrying');
  if (status.kind === 'failed') text = t('autosave.failed');

  return (
    <div className="save-indicator">
      <p role="status" className={`save-indicator__text save-indicator__text--${status.kind}`}>
        {text}
      </p>
      {status.kind === 'failed' && (
        <Banner tone="error" role="alert">
          <p>{t(errorMessageKeys[status.code])}</p>
          <p>{t('autosave.kept')}</p>
          <Button variant="secondary" onPress={onRetry}>
            {t('autosave.retry')}
          </Button>
        </Banner>
      )}
    </div>
  );
}
