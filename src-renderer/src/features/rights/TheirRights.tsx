import { useNavigate } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import type { Language, Person } from '../../../../src-main/contract';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n/useT';
import { useCopyOfNotes, useDeletePerson, useForgetPerson } from './queries';

/**
 * The person's rights on their own page: a copy of everything written with them, and deletion of
 * all of it. Both need only the worker's confirmation here, never a third party's.
 */
export function TheirRights({ person }: { person: Person }) {
  const t = useT();
  const headingId = useId();
  const name = person.preferredName;
  const [news, setNews] = useState('');

  return (
    <section className="section their-rights" aria-labelledby={headingId}>
      <h2 id={headingId} className="heading heading--2">
        {t('rights.title')}
      </h2>
      <p>{t('rights.intro', { name })}</p>
      <p role="status">{news}</p>
      <div className="form__actions">
        <CopyOfNotes person={person} onDone={setNews} />
        <DeleteEverything person={person} />
      </div>
    </section>
  );
}

function CopyOfNotes({ person, onDone }: { person: Person; onDone: (news: string) => void }) {
  const t = useT();
  const intl = useIntl();
  const name = person.preferredName;
  const [language, setLanguage] = useState<Language>(intl.locale === 'fr-CA' ? 'fr-CA' : 'en');
  const copy = useCopyOfNotes(person.id);

  return (
    <ConfirmDialog
      trigger={t('rights.copy.open', { name })}
      title={t('rights.copy.title', { name })}
      confirmLabel={t('rights.copy.confirm')}
      onConfirm={async () => {
        onDone('');
        const result = await copy.mutateAsync(language);
        onDone(
          result.outcome === 'saved'
            ? t('rights.copy.saved', { file: result.fileName })
            : t('rights.copy.cancelled'),
        );
      }}
    >
      <p>{t('rights.copy.body', { name })}</p>
      <SelectField<Language>
        label={t('rights.copy.language')}
        value={language}
        options={[
          { value: 'en', label: t('language.en') },
          { value: 'fr-CA', label: t('language.frCA') },
        ]}
        onChange={setLanguage}
      />
    </ConfirmDialog>
  );
}

function DeleteEverything({ person }: { person: Person }) {
  const t = useT();
  const navigate = useNavigate();
  const forget = useForgetPerson();
  const name = person.preferredName;
  const [typed, setTyped] = useState('');
  const remove = useDeletePerson(person.id);

  return (
    <ConfirmDialog
      trigger={t('rights.delete.open', { name })}
      triggerVariant="quiet"
      title={t('rights.delete.title', { name })}
      confirmLabel={t('rights.delete.confirm')}
      onConfirm={async () => {
        await remove.mutateAsync(typed);
        setTyped('');
        // Leave the person's page before forgetting them, so it never asks for them again.
        await navigate({ to: '/' });
        forget(person.id);
      }}
    >
      <p>{t('rights.delete.body', { name })}</p>
      <p>{t('rights.delete.audit')}</p>
      <TextField
        label={t('rights.delete.typeName', { name })}
        value={typed}
        onChange={setTyped}
        autoComplete="off"
        spellCheck="false"
      />
    </ConfirmDialog>
  );
}
