import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useId, useState, type FocusEvent } from 'react';
import { Checkbox, CheckboxGroup, Label, Text } from 'react-aria-components';
import { useIntl } from 'react-intl';
import type { Goal, Note, NoteFields } from '../../../../src-main/contract';
import { api } from '../../api';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { PageHeading } from '../../components/PageHeading';
import { SaveIndicator } from '../../components/SaveIndicator';
import { SelectField } from '../../components/SelectField';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { errorMessageKey } from '../../errors';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/useT';
import { queryKeys } from '../../queries/keys';
import { useAutosave } from '../../session/useAutosave';
import { useGoals } from '../goals/queries';
import { usePerson } from '../people/queries';
import {
  flagMarks,
  LanguageSuggestions,
  useDismissedTerms,
  useLanguageFlags,
} from './LanguageSuggestions';
import { CONTACT_TYPE_LIST, contactTypeLabels } from './labels';
import { draftOf, fieldsOf, newRowKey, type DraftProblem, type NoteDraft } from './note-draft';
import { useNote } from './queries';
import { NoteVersionsList } from './NoteVersionsList';

type LongField = 'talkedAbout' | 'inTheirWords' | 'strengthsNoticed' | 'resources';
const LONG_FIELDS: { name: LongField; label: MessageKey; help?: MessageKey }[] = [
  { name: 'talkedAbout', label: 'note.field.talkedAbout' },
  { name: 'inTheirWords', label: 'note.field.inTheirWords', help: 'note.field.inTheirWordsHelp' },
  { name: 'strengthsNoticed', label: 'note.field.strengthsNoticed' },
  { name: 'resources', label: 'note.field.resources' },
];

const problemMessages: Record<DraftProblem, MessageKey> = {
  happenedAt: 'note.problem.happenedAt',
  duration: 'note.problem.duration',
};

export function NoteEditorPage() {
  const t = useT();
  const { personId, noteId } = useParams({ from: '/people/$personId/notes/$noteId' });
  const note = useNote(noteId);
  const person = usePerson(personId);

  if (note.isError) {
    return (
      <Banner tone="error" role="alert">
        {t(errorMessageKey(note.error))}
      </Banner>
    );
  }
  // Waits for the note as the vault holds it now, never a copy cached before the last save.
  if (!note.data || !note.isFetchedAfterMount || !person.data) {
    return (
      <p className="loading" role="status">
        {t('app.working')}
      </p>
    );
  }
  return <NoteEditor key={note.data.id} note={note.data} name={person.data.preferredName} />;
}

function NoteEditor({ note, name }: { note: Note; name: string }) {
  const t = useT();
  const intl = useIntl();
  const queryClient = useQueryClient();
  const headingId = useId();
  const fieldIds = useId();
  const goals = useGoals(note.personId);
  const [draft, setDraft] = useState<NoteDraft>(() => draftOf(note));
  const [problem, setProblem] = useState<DraftProblem | null>(null);
  const { dismissed, dismiss } = useDismissedTerms(note.id);

  const { status, change, flush } = useAutosave<NoteFields>((fields) =>
    api.call('notes.save', { id: note.id, fields }).then((saved) => {
      queryClient.setQueryData<Note>(queryKeys.note(note.id), (old) =>
        old ? { ...old, ...fields, version: saved.version, updatedAt: saved.savedAt } : old,
      );
      if (saved.changed) {
        void queryClient.invalidateQueries({ queryKey: queryKeys.noteVersions(note.id) });
        void queryClient.invalidateQueries({ queryKey: queryKeys.notesList(note.personId) });
      }
      return saved;
    }),
  );

  const update = (patch: Partial<NoteDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    const result = fieldsOf(next);
    if (result.ok) {
      setProblem(null);
      change(result.fields);
    } else {
      setProblem(result.problem);
    }
  };

  /** Leaving a field saves at once; moving between fields inside the note does too. */
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (event.target instanceof HTMLElement && event.target.matches('input, textarea, select')) {
      void flush();
    }
  };

  const updateStep = (key: string, patch: { what?: string; who?: string }) =>
    update({
      nextSteps: draft.nextSteps.map((step) => (step.key === key ? { ...step, ...patch } : step)),
    });

  return (
    <section className="section note-editor" aria-labelledby={headingId}>
      <PageHeading level={2} id={headingId}>
        {t('note.editor.title', {
          date: intl.formatDate(note.happenedAt, { dateStyle: 'long' }),
        })}
      </PageHeading>
      <p className="ownership">{t('notes.ownership', { name })}</p>
      <div className="note-editor__bar">
        <SaveIndicator status={status} onRetry={() => void flush()} />
        <Link
          to="/people/$personId/notes"
          params={{ personId: note.personId }}
          className="button button--secondary"
        >
          {t('note.editor.back')}
        </Link>
      </div>
      {problem === 'happenedAt' && (
        <Banner tone="warning" role="alert">
          {t(problemMessages[problem])}
        </Banner>
      )}
      <div className="form" onBlur={onBlur}>
        <div className="form__row">
          <div className="field">
            <label htmlFor={`${fieldIds}-when`} className="field__label">
              {t('note.field.when')}
            </label>
            <input
              id={`${fieldIds}-when`}
              type="datetime-local"
              className="field__input"
              value={draft.happenedAtLocal}
              aria-invalid={problem === 'happenedAt' || undefined}
              onChange={(event) => update({ happenedAtLocal: event.target.value })}
            />
          </div>
          <SelectField
            label={t('note.field.contactType')}
            value={draft.contactType}
            options={CONTACT_TYPE_LIST.map((value) => ({
              value,
              label: t(contactTypeLabels[value]),
            }))}
            onChange={(contactType) => update({ contactType })}
          />
          <TextField
            label={t('note.field.duration')}
            value={draft.duration}
            inputMode="numeric"
            inputClassName="field__input--short"
            errorMessage={problem === 'duration' ? t('note.problem.duration') : undefined}
            onChange={(duration) => update({ duration })}
          />
        </div>
        <TextField
          label={t('note.field.setting')}
          description={t('note.field.settingHelp')}
          value={draft.setting}
          onChange={(setting) => update({ setting })}
        />
        {LONG_FIELDS.map(({ name: field, label, help }) => (
          <CheckedTextArea
            key={field}
            id={`${fieldIds}-${field}-language`}
            label={t(label)}
            description={help ? t(help) : undefined}
            value={draft[field]}
            rows={field === 'talkedAbout' ? 6 : 4}
            onChange={(value) => update({ [field]: value })}
            dismissed={dismissed}
            onDismiss={dismiss}
          />
        ))}
        <GoalsTouched
          goals={goals.data ?? []}
          value={draft.goalIds}
          onChange={(goalIds) => update({ goalIds })}
        />
        <fieldset className="fieldset">
          <legend className="field__label">{t('note.field.nextSteps')}</legend>
          {draft.nextSteps.length === 0 && <p className="muted">{t('note.nextSteps.none')}</p>}
          <ol className="next-steps">
            {draft.nextSteps.map((step, index) => (
              <li key={step.key} className="next-steps__row">
                <TextField
                  label={t('note.nextSteps.what', { number: index + 1 })}
                  value={step.what}
                  onChange={(what) => updateStep(step.key, { what })}
                />
                <TextField
                  label={t('note.nextSteps.who', { number: index + 1 })}
                  value={step.who}
                  inputClassName="field__input--medium"
                  onChange={(who) => updateStep(step.key, { who })}
                />
                <Button
                  variant="quiet"
                  onPress={() =>
                    update({ nextSteps: draft.nextSteps.filter((s) => s.key !== step.key) })
                  }
                >
                  {t('note.nextSteps.remove', { number: index + 1 })}
                </Button>
              </li>
            ))}
          </ol>
          <Button
            variant="secondary"
            isDisabled={draft.nextSteps.length >= 50}
            onPress={() =>
              update({ nextSteps: [...draft.nextSteps, { key: newRowKey(), what: '', who: '' }] })
            }
          >
            {t('note.nextSteps.add')}
          </Button>
        </fieldset>
      </div>
      <NoteVersionsList noteId={note.id} personId={note.personId} />
    </section>
  );
}

/** A long field with the language check: flagged words underlined in place and listed below. */
function CheckedTextArea({
  id,
  label,
  description,
  value,
  rows,
  onChange,
  dismissed,
  onDismiss,
}: {
  /** The id of the list of suggestions, which describes the field. */
  id: string;
  label: string;
  description: string | undefined;
  value: string;
  rows: number;
  onChange: (value: string) => void;
  dismissed: readonly string[];
  onDismiss: (termId: string) => void;
}) {
  const { flags } = useLanguageFlags(value);
  return (
    <TextArea
      label={label}
      description={description}
      value={value}
      rows={rows}
      onChange={onChange}
      describedBy={id}
      marks={flagMarks(value, flags, dismissed)}
      after={
        <LanguageSuggestions id={id} flags={flags} dismissed={dismissed} onDismiss={onDismiss} />
      }
    />
  );
}

function GoalsTouched({
  goals,
  value,
  onChange,
}: {
  goals: Goal[];
  value: string[];
  onChange: (goalIds: string[]) => void;
}) {
  const t = useT();
  if (goals.length === 0) {
    return (
      <div className="field">
        <p className="field__label">{t('note.field.goals')}</p>
        <p className="muted">{t('note.goals.none')}</p>
      </div>
    );
  }
  return (
    <CheckboxGroup className="field" value={value} onChange={onChange}>
      <Label className="field__label">{t('note.field.goals')}</Label>
      <Text slot="description" className="field__description">
        {t('note.goals.help')}
      </Text>
      {goals.map((goal) => (
        <Checkbox key={goal.id} value={goal.id} className="checkbox">
          <span className="checkbox__box" aria-hidden="true" />
          {goal.inTheirWords}
        </Checkbox>
      ))}
    </CheckboxGroup>
  );
}
