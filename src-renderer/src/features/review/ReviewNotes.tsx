import { useIntl } from 'react-intl';
import type { ReviewNote } from '../../../../src-main/contract';
import { useT } from '../../i18n/useT';
import { contactTypeLabels } from '../notes/labels';

/** The notes the share quotes from, in full, so the person can see where the words come from. */
export function ReviewNotes({ notes }: { notes: readonly ReviewNote[] }) {
  const t = useT();
  const intl = useIntl();
  if (notes.length === 0) return <p>{t('review.notes.none')}</p>;
  return (
    <ul className="review-notes">
      {notes.map((note) => (
        <li key={note.id} className="review-note">
          <h3 className="review-note__title">
            {t('review.notes.item', {
              date: intl.formatDate(note.happenedAt, { dateStyle: 'long' }),
              type: t(contactTypeLabels[note.contactType]),
            })}
          </h3>
          {note.talkedAbout.trim() && (
            <>
              <p className="review-note__label">{t('note.field.talkedAbout')}</p>
              <p className="preserve-lines">{note.talkedAbout}</p>
            </>
          )}
          {note.inTheirWords.trim() && (
            <>
              <p className="review-note__label">{t('note.field.inTheirWords')}</p>
              <p className="preserve-lines">{note.inTheirWords}</p>
            </>
          )}
          {note.strengthsNoticed.trim() && (
            <>
              <p className="review-note__label">{t('note.field.strengthsNoticed')}</p>
              <p className="preserve-lines">{note.strengthsNoticed}</p>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
