import { useId } from 'react';
import type { PolicyKey, PolicyStatus } from '../../../../src-main/contract';
import { useT } from '../../i18n/useT';

type T = ReturnType<typeof useT>;

/** One plain sentence per rule the agency set, in the order IT's documentation lists them. */
function describe(key: PolicyKey, policy: PolicyStatus['effective'], t: T): string {
  switch (key) {
    case 'idleLockMaxMinutes':
      return t('policy.idleLockMaxMinutes', { minutes: policy.idleLockMaxMinutes });
    case 'minPassphraseScore':
      return t('policy.minPassphraseScore', { number: policy.minPassphraseScore });
    case 'kdfFloor':
      return t('policy.kdfFloor');
    case 'consentDefaultDays':
      return t('policy.consentDefaultDays', { count: policy.consentDefaultDays });
    case 'consentMaxDays':
      return t('policy.consentMaxDays', { count: policy.consentMaxDays });
    case 'releaseFormats':
      return policy.releaseFormats.length === 0
        ? t('policy.releaseFormats.none')
        : t('policy.releaseFormats', {
            what: policy.releaseFormats.map((f) => t(`policy.format.${f}`)).join(', '),
          });
    case 'funderReportEnabled':
      return t(policy.funderReportEnabled ? 'policy.funderReport.on' : 'policy.funderReport.off');
  }
}

/** The values the agency locked; nothing is shown when the agency set nothing. */
export function PolicySection({ policy }: { policy: PolicyStatus }) {
  const t = useT();
  const headingId = useId();
  if (policy.locked.length === 0) return null;
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId} className="heading heading--2">
        {t('policy.title')}
      </h2>
      <p>{t('policy.intro')}</p>
      <ul>
        {policy.locked.map((key) => (
          <li key={key}>{describe(key, policy.effective, t)}</li>
        ))}
      </ul>
    </section>
  );
}
