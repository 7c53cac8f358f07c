import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { VirtualList } from '../../components/VirtualList';
import { errorMessageKey } from '../../errors';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/useT';
import { usePerson } from '../people/queries';
import { contactTypeLabels } from './labels';
import { useCreateNote, useNotesList } from './queries';

/** The person's own space: notes written together, which belong to them. */
export function NotesSection() {
  const t = useT();
  const intl = useIntl();
  const navigate = useNavigate();
  const headingId = useId();
  const { personId } = useParams({ from: '/people/$personId' });
  const person = usePerson(personId);
  const notes = useNotesList(personId);
  const create = useCreateNote(personId);
  const [error, setError] = useState<MessageKey | null>(null);
  const name = person.data?.preferredName ?? '';
  const items = notes.data?.pages.flatMap((page) => page.items) ?? [];

  const newNote = async () => {
    setError(null);
    try {
      const note = await create.mutateAsync();
      await navigate({
        to: '/people/$personId/notes/$noteId',
        params: { personId, noteId: note.id },
      });
    } catch (caught) {
      setError(errorMessageKey(caught));
    }
  };

  return (
    <section className="section" aria-labelledby={headingId}>
      <div className="section__top">
        <h2 id={headingId} className="heading heading--2">
          {t('notes.title')}
        </h2>
        <Button isBusy={create.isPending} onPress={() => void newNote()}>
          {t('notes.new')}
        </Button>
      </div>
      <p className="ownership">{t('notes.ownership', { name })}</p>
      {error && (
        <Banner tone="error" role="alert">
          {t(error)}
        </Banner>
      )}
      {notes.isError && (
        <Banner tone="error" role="alert">
          {t(errorMessageKey(notes.error))}
        </Banner>
      )}
      {notes.isSuccess && items.length === 0 && <p className="empty-state">{t('notes.empty')}</p>}
      {items.length > 0 && (
        <VirtualList
          items={items}
          itemKey={(note) => note.id}
          label={t('notes.listLabel', { name })}
          estimatedRowPx={104}
          hasMore={notes.hasNextPage}
          loadingMore={notes.isFetchingNextPage}
          loadingMoreLabel={t('notes.loadingMore')}
          onNearEnd={() => {
            if (notes.hasNextPage && !notes.isFetchingNextPage) void notes.fetchNextPage();
          }}
          className="card-list"
          listClassName="card-list__items"
          itemClassName="card-list__row"
          renderItem={(note) => (
            <div className="card-list__item">
              <Link
                to="/people/$personId/notes/$noteId"
                params={{ personId, noteId: note.id }}
                className="card-list__link"
              >
                {t('notes.item', {
                  date: intl.formatDate(note.happenedAt, {
                    dateStyle: 'medium',
                    timeStyle: 'short',
                  }),
                })}
              </Link>
              <span className="card-list__meta">
                {t(contactTypeLabels[note.contactType])} ·{' '}
                {t('note.minutes', { minutes: note.durationMinutes })}
              </span>
              {note.preview && <p className="card-list__preview">{note.preview}</p>}
            </div>
          )}
        />
      )}
    </section>
  );
}
