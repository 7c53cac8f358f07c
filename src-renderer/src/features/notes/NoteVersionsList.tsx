import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { Banner } from '../../components/Banner';
import { errorMessageKey } from '../../errors';
import { useT } from '../../i18n/useT';
import { useNoteVersions } from './queries';

/** Every save that changed something is kept; the newest is the note as it is now. */
export function NoteVersionsList({ noteId, personId }: { noteId: string; personId: string }) {
  const t = useT();
  const intl = useIntl();
  const headingId = useId();
  const versions = useNoteVersions(noteId);
  const when = (iso: string) => intl.formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section className="section" aria-labelledby={headingId}>
      <h3 id={headingId} className="heading heading--3">
        {t('note.versions.title')}
      </h3>
      <p className="muted">{t('note.versions.intro')}</p>
      {versions.isError && (
        <Banner tone="error" role="alert">
          {t(errorMessageKey(versions.error))}
        </Banner>
      )}
      {versions.data && (
        <ul className="versions">
          {versions.data.map((entry, index) => (
            <li key={entry.version} className="versions__item">
              {index === 0 ? (
                <span>
                  {t('note.versions.current', {
                    version: entry.version,
                    date: when(entry.savedAt),
                  })}
                </span>
              ) : (
                <Link
                  to="/people/$personId/notes/$noteId/versions/$version"
                  params={{ personId, noteId, version: String(entry.version) }}
                >
                  {t('note.versions.item', { version: entry.version, date: when(entry.savedAt) })}
                </Link>
              )}
              {entry.restoredFrom !== null && (
                <span className="muted">
                  {' '}
                  {t('note.versions.restoredFrom', { version: entry.restoredFrom })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
