import { useIntl } from 'react-intl';
import type { Share } from '../../../../src-main/contract';
import { useT } from '../../i18n/useT';
import { recipientLabel } from './labels';
import { SHARE_DATE_FORMAT } from './share-dates';

/** Blank lines part the body into paragraphs, as in the released document. */
function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/u)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * What the recipient receives, block for block in the released document's order: who it is
 * about, who it is for, why, the consent it goes out under (once there is a yes to release), the
 * text, each quoted passage with its note's date, and that the person may withdraw.
 */
export function SharePreview({
  share,
  personName,
  headingLevel = 3,
}: {
  share: Share;
  personName: string;
  headingLevel?: 2 | 3;
}) {
  const t = useT();
  const intl = useIntl();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const date = (iso: string) => intl.formatDate(iso, SHARE_DATE_FORMAT);
  // Only a standing (or used) yes is printed on the document; before that there is none to show.
  const consent =
    share.consent?.decision === 'given' &&
    (share.consent.status === 'active' || share.consent.status === 'used')
      ? share.consent
      : null;
  return (
    <article className="share-document" aria-label={t('shares.document.label')}>
      <Heading className="share-document__title">{t('shares.document.title')}</Heading>
      <dl className="share-document__meta">
        <dt>{t('shares.document.about')}</dt>
        <dd>{personName}</dd>
        <dt>{t('shares.document.to')}</dt>
        <dd>{recipientLabel(share.recipient)}</dd>
        <dt>{t('shares.document.purpose')}</dt>
        <dd className="preserve-lines">{share.purpose}</dd>
        {consent && (
          <>
            <dt>{t('shares.document.consentDate')}</dt>
            <dd>{date(consent.decidedAt)}</dd>
            <dt>{t('shares.document.consentId')}</dt>
            <dd className="preserve-lines">{consent.id}</dd>
            <dt>{t('shares.document.fingerprint')}</dt>
            <dd className="preserve-lines">{consent.contentSha256}</dd>
          </>
        )}
      </dl>
      {paragraphs(share.body).map((text, index) => (
        <p key={index} className="share-document__body preserve-lines">
          {text}
        </p>
      ))}
      {share.quotes.length > 0 && (
        <ul className="share-document__quotes">
          {share.quotes.map((quote) => (
            <li key={quote.id}>
              <blockquote className="share-quote preserve-lines">{quote.text}</blockquote>
              <p className="share-quote__source">
                {t('shares.quote.from', { date: date(quote.noteHappenedAt) })}
              </p>
            </li>
          ))}
        </ul>
      )}
      <p className="share-document__withdraw">
        {t('shares.document.mayWithdraw', { name: personName })}
      </p>
    </article>
  );
}
