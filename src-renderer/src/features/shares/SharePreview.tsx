import { useIntl } from 'react-intl';
import type { Share } from '../../../../src-main/contract';
import { useT } from '../../i18n/useT';
import { recipientLabel } from './labels';

/**
 * What the recipient receives, laid out as the released document: who it is for, why, the text,
 * and each quoted passage with the date of the note it comes from.
 */
export function SharePreview({ share, headingLevel = 3 }: { share: Share; headingLevel?: 2 | 3 }) {
  const t = useT();
  const intl = useIntl();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const SubHeading = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <article className="share-document" aria-label={t('shares.document.label')}>
      <Heading className="share-document__title">{t('shares.document.title')}</Heading>
      <dl className="share-document__meta">
        <dt>{t('shares.document.to')}</dt>
        <dd>{recipientLabel(share.recipient)}</dd>
        <dt>{t('shares.document.purpose')}</dt>
        <dd className="preserve-lines">{share.purpose}</dd>
      </dl>
      {share.body.trim() && <p className="share-document__body preserve-lines">{share.body}</p>}
      {share.quotes.length > 0 && (
        <>
          <SubHeading className="share-document__subtitle">
            {t('shares.document.quotes')}
          </SubHeading>
          <ul className="share-document__quotes">
            {share.quotes.map((quote) => (
              <li key={quote.id}>
                <blockquote className="share-quote preserve-lines">{quote.text}</blockquote>
                <p className="share-quote__source">
                  {t('shares.quote.from', {
                    date: intl.formatDate(quote.noteHappenedAt, { dateStyle: 'long' }),
                  })}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
