import { useId } from 'react';
import { useIntl } from 'react-intl';
import type { Release } from '../../../../src-main/contract';
import { useT } from '../../i18n/useT';
import { formatLabels } from './labels';

/** Every time this share left the app: when, as which file, in which format, to whom. */
export function ReleasesList({ releases }: { releases: readonly Release[] }) {
  const t = useT();
  const headingId = useId();
  return (
    <section className="releases" aria-labelledby={headingId}>
      <h3 id={headingId} className="heading heading--3">
        {t('shares.releases.title')}
      </h3>
      {releases.length === 0 ? (
        <p className="muted">{t('shares.releases.none')}</p>
      ) : (
        <ReleaseItems releases={releases} />
      )}
    </section>
  );
}

export function ReleaseItems({ releases }: { releases: readonly Release[] }) {
  const t = useT();
  const intl = useIntl();
  return (
    <ul className="releases__list">
      {releases.map((release) => (
        <li key={release.id}>
          {t('shares.releases.item', {
            date: intl.formatDate(release.releasedAt, { dateStyle: 'long', timeStyle: 'short' }),
            file: release.fileName,
            format: t(formatLabels[release.format]),
            recipient: release.recipientLabel,
          })}
        </li>
      ))}
    </ul>
  );
}
