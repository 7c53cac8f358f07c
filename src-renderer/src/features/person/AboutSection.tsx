import { useParams } from '@tanstack/react-router';
import { useId, useState } from 'react';
import type { Person } from '../../../../src-main/contract';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/useT';
import { PersonForm } from '../people/PersonForm';
import { usePerson, useSetArchived, useUpdatePerson } from '../people/queries';
import { TheirRights } from '../rights/TheirRights';

const FIELDS: { key: keyof Person & string; label: MessageKey }[] = [
  { key: 'pronouns', label: 'person.field.pronouns' },
  { key: 'contactPreference', label: 'person.field.contactPreference' },
  { key: 'aboutInTheirWords', label: 'person.field.about' },
  { key: 'strengths', label: 'person.field.strengths' },
];

export function AboutSection() {
  const { personId } = useParams({ from: '/people/$personId' });
  const person = usePerson(personId);
  if (!person.data) return null;
  return (
    <>
      <About person={person.data} />
      <TheirRights person={person.data} />
    </>
  );
}

function About({ person }: { person: Person }) {
  const t = useT();
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<MessageKey | null>(null);
  const update = useUpdatePerson(person.id);
  const setArchived = useSetArchived(person.id);
  const name = person.preferredName;

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId} className="heading heading--2">
        {t('person.about.title', { name })}
      </h2>
      <p role="status" className="visually-hidden">
        {notice ? t(notice, { name }) : ''}
      </p>
      {editing ? (
        <PersonForm
          initial={{
            preferredName: person.preferredName,
            pronouns: person.pronouns,
            contactPreference: person.contactPreference,
            aboutInTheirWords: person.aboutInTheirWords,
            strengths: person.strengths,
          }}
          submitLabel={t('person.edit.submit')}
          onSubmit={async (fields) => {
            await update.mutateAsync(fields);
            setEditing(false);
            setNotice('person.edit.saved');
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <dl className="details">
            {FIELDS.map(({ key, label }) => (
              <div key={key} className="details__row">
                <dt>{t(label)}</dt>
                <dd className="preserve-lines">
                  {String(person[key] ?? '') || (
                    <span className="muted">{t('person.about.notYet')}</span>
                  )}
                </dd>
              </div>
            ))}
          </dl>
          <div className="form__actions">
            <Button
              variant="secondary"
              onPress={() => {
                setNotice(null);
                setEditing(true);
              }}
            >
              {t('person.edit.open')}
            </Button>
            {person.archivedAt === null ? (
              <ConfirmDialog
                trigger={t('person.archive.open')}
                title={t('person.archive.title', { name })}
                confirmLabel={t('person.archive.confirm')}
                onConfirm={async () => {
                  await setArchived.mutateAsync(true);
                  setNotice('person.archive.done');
                }}
              >
                <p>{t('person.archive.body', { name })}</p>
              </ConfirmDialog>
            ) : (
              <ConfirmDialog
                trigger={t('person.unarchive.open')}
                title={t('person.unarchive.title', { name })}
                confirmLabel={t('person.unarchive.confirm')}
                onConfirm={async () => {
                  await setArchived.mutateAsync(false);
                  setNotice('person.unarchive.done');
                }}
              >
                <p>{t('person.unarchive.body', { name })}</p>
              </ConfirmDialog>
            )}
          </div>
        </>
      )}
    </section>
  );
}
