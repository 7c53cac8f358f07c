import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { SelectField } from '../../components/SelectField';
import { TextArea } from '../../components/TextArea';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/useT';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { queryKeys } from '../../queries/keys';
import { useNotesList } from '../notes/queries';
import { isPassageOf, quotableTexts, type DraftQuote } from './share-draft';

const NOTE_FIELDS: {
  name: 'talkedAbout' | 'inTheirWords' | 'strengthsNoticed';
  label: MessageKey;
}[] = [
  { name: 'talkedAbout', label: 'note.field.talkedAbout' },
  { name: 'inTheirWords', label: 'note.field.inTheirWords' },
  { name: 'strengthsNoticed', label: 'note.field.strengthsNoticed' },
];

/**
 * Nothing is copied from a note implicitly: the worker picks one note, selects (or pastes) the
 * exact words, and adds them as a quote. Selecting works by keyboard too (Shift+arrows in the
 * read-only fields).
 */
export function QuotePicker({
  personId,
  onAdd,
}: {
  personId: string;
  onAdd: (quote: Omit<DraftQuote, 'key'>) => void;
}) {
  const t = useT();
  const intl = useIntl();
  const headingId = useId();
  const notes = useNotesList(personId);
  const items = notes.data?.pages.flatMap((page) => page.items) ?? [];
  const [noteId, setNoteId] = useState('');
  const [passage, setPassage] = useState('');
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const note = useQuery({
    queryKey: queryKeys.note(noteId),
    queryFn: () => api.call('notes.get', { id: noteId }),
    enabled: noteId !== '',
  });
  const chosen = noteId && note.data?.id === noteId ? note.data : null;

  const add = () => {
    if (!chosen) return;
    if (!isPassageOf(passage, quotableTexts(chosen))) {
      setProblem('shares.quote.notInNote');
      return;
    }
    setProblem(null);
    onAdd({ noteId: chosen.id, text: passage.trim(), noteHappenedAt: chosen.happenedAt });
    setPassage('');
  };

  return (
    <section className="quote-picker" aria-labelledby={headingId}>
      <h3 id={headingId} className="heading heading--3">
        {t('shares.quote.title')}
      </h3>
      <p className="muted">{t('shares.quote.help')}</p>
      {notes.isSuccess && items.length === 0 ? (
        <p className="empty-state">{t('shares.quote.noNotes')}</p>
      ) : (
        <SelectField
          label={t('shares.quote.note')}
          value={noteId}
          options={[
            { value: '', label: t('shares.quote.chooseNote') },
            ...items.map((item) => ({
              value: item.id,
              label: t('notes.item', {
                date: intl.formatDate(item.happenedAt, { dateStyle: 'medium', timeStyle: 'short' }),
              }),
            })),
          ]}
          onChange={(value) => {
            setNoteId(value);
            setProblem(null);
          }}
        />
      )}
      {chosen && (
        <div className="quote-picker__note">
          {NOTE_FIELDS.filter(({ name }) => chosen[name].trim()).map(({ name, label }) => (
            <NoteText
              key={name}
              label={t(label)}
              text={chosen[name]}
              onSelectText={(selected) => {
                if (selected.trim()) setPassage(selected);
              }}
            />
          ))}
          <TextArea
            label={t('shares.quote.passage')}
            description={t('shares.quote.passageHelp')}
            value={passage}
            rows={3}
            onChange={setPassage}
            errorMessage={problem ? t(problem) : undefined}
          />
          <div className="form__actions">
            <Button variant="secondary" isDisabled={!passage.trim()} onPress={add}>
              {t('shares.quote.add')}
            </Button>
          </div>
        </div>
      )}
      {problem && !chosen && (
        <Banner tone="warning" role="alert">
          {t(problem)}
        </Banner>
      )}
    </section>
  );
}

/** One field of the note, read-only, whose selected words become the passage to quote. */
function NoteText({
  label,
  text,
  onSelectText,
}: {
  label: string;
  text: string;
  onSelectText: (selected: string) => void;
}) {
  const id = useId();
  const capture = ({ selectionStart, selectionEnd, value }: HTMLTextAreaElement) =>
    onSelectText(value.slice(selectionStart, selectionEnd));
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <textarea
        id={id}
        // Not the readOnly attribute: Chromium then ignores the caret keys, and selecting by
        // keyboard (Shift+arrows) is the point. The value is controlled, so typing changes nothing.
        aria-readonly="true"
        onChange={() => undefined}
        rows={Math.min(8, Math.max(2, Math.ceil(text.length / 80)))}
        className="field__input field__textarea quote-picker__source"
        value={text}
        // Keyboard (Shift+arrows) and pointer selections both end in one of these events.
        onSelect={(event) => capture(event.currentTarget)}
        onKeyUp={(event) => capture(event.currentTarget)}
        onMouseUp={(event) => capture(event.currentTarget)}
      />
    </div>
  );
}
