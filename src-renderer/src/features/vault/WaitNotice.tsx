import { Banner } from '../../components/Banner';
import { useT } from '../../i18n/useT';
import { formatWait } from './useCountdown';

export function WaitNotice({ remainingMs }: { remainingMs: number }) {
  const t = useT();
  if (remainingMs <= 0) return null;
  return (
    <Banner tone="warning">
      <p role="alert">{t('errors.RATE_LIMITED')}</p>
      {/* A timer is not live: announcing every second would drown everything else out. */}
      <p role="timer" className="wait__time">
        {t('unlock.wait', { time: formatWait(remainingMs) })}
      </p>
    </Banner>
  );
}
