import { Banner } from '../../components/Banner';
import { useT } from '../../i18n/useT';
import { usePolicy } from './admin-queries';

/**
 * Shown wherever the worker starts or sets things up, when the agency's file was there but could
 * not be used: the app is running on its strictest settings and IT needs to know.
 */
export function PolicyWarning() {
  const t = useT();
  const policy = usePolicy();
  const warning = policy.data?.warning;
  if (!warning) return null;
  return (
    <Banner tone="warning" title={t('policy.warning.title')}>
      <p>{t(`policy.warning.${warning}`)}</p>
    </Banner>
  );
}
