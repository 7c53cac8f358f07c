import { useId } from 'react';
import { useIntl } from 'react-intl';
import type { Share } from '../../../../src-main/contract';
import { useT } from '../../i18n/useT';
import { formatLabels, methodLabels } from './labels';

/** The person's latest decision about this share, in plain words. */
export function ConsentDetails({ share }: { share: Share }) {
  const t = useT();
  const intl = useIntl();
  const headingId = useId();
  const consent = share.consent;
  const when = (iso: string) => intl.formatDate(iso, { dateStyle: 'long', timeStyle: 'short' });

  return (
    <section className="consent-details" aria-labelledby={headingId}>
      <h3 id={headingId} className="heading heading--3">
        {t('shares.consent.title')}
      </h3>
      {consent === null ? (
        <p className="muted">{t('shares.consent.none')}</p>
      ) : (
        <dl className="details-list">
          <dt>{t('shares.consent.decision')}</dt>
          <dd>
            {t(consent.decision === 'given' ? 'shares.consent.given' : 'shares.consent.declined')}
          </dd>
          <dt>{t('shares.consent.status')}</dt>
          <dd>{t(`shares.consent.status.${consent.status}`)}</dd>
          <dt>{t('shares.consent.when')}</dt>
          <dd>{when(consent.decidedAt)}</dd>
          <dt>{t('shares.consent.how')}</dt>
          <dd>{t(methodLabels[consent.method])}</dd>
          {consent.format && (
            <>
              <dt>{t('shares.consent.format')}</dt>
              <dd>{t(formatLabels[consent.format])}</dd>
            </>
          )}
          {consent.expiresAt && (
            <>
              <dt>{t('shares.consent.expires')}</dt>
              <dd>{when(consent.expiresAt)}</dd>
            </>
          )}
          {consent.typedName && (
            <>
              <dt>{t('shares.consent.typedName')}</dt>
              <dd>{consent.typedName}</dd>
            </>
          )}
          {consent.withdrawnAt && (
            <>
              <dt>{t('shares.consent.withdrawnAt')}</dt>
              <dd>{when(consent.withdrawnAt)}</dd>
              {consent.withdrawalReason && (
                <>
                  <dt>{t('shares.consent.reason')}</dt>
                  <dd className="preserve-lines">{consent.withdrawalReason}</dd>
                </>
              )}
            </>
          )}
        </dl>
      )}
    </section>
  );
}
