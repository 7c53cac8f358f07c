import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import type { NoteFields } from '../../../../src-main/contract';
import { Banner } from '../../components/Banner';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageHeading } from '../../components/PageHeading';
import { errorMessageKey } from '../../errors';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/useT';
import { useGoals } from '../goals/queries';
import { contactTypeLabels } from './labels';
import { useNoteVersion, useRestoreVersion } from './queries';

const TEXT_FIELDS: { key: keyof NoteFields & string; label: MessageKey }[] = [
  { key: 'setting', label: 'note.field.setting' },
  { key: 'talkedAbout', label: 'note.field.talkedAbout' },
  { key: 'inTheirWords', label: 'note.field.inTheirWords' },
  { key: 'strengthsNoticed', label: 'note.field.strengthsNoticed' },
  { key: 'resources', label: 'note.field.resources' },
];

/** An earlier version, read only, with the way back to it. */
export function NoteVersionPage() {
  const t = useT();
  const intl = useIntl();
  const navigate = useNavigate();
  const headingId = useId();
  const { personId, noteId, version } = useParams({
    from: '/people/$personId/notes/$noteId/versions/$version',
  });
  const number = Number(version);
  const entry = useNoteVersion(noteId, number);
  const goals = useGoals(personId);
  const restore = useRestoreVersion(noteId);
  const when = (iso: string) => intl.formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' });

  const back = (
    <Link
      to="/people/$personId/notes/$noteId"
      params={{ personId, noteId }}
      className="button button--secondary"
    >
      {t('note.version.back')}
    </Link>
  );

  if (entry.isError) {
    return (
      <>
        <Banner tone="error" role="alert">
          {t(errorMessageKey(entry.error))}
        </Banner>
        {back}
      </>
    );
  }
  if (!entry.data) {
    return (
      <p className="loading" role="status">
        {t('app.working')}
      </p>
    );
  }
  const { fields, savedAt } = entry.data;
  const goalNames = fields.goalIds
    .map((id) => goals.data?.find((goal) => goal.id === id)?.inTheirWords)
    .filter((text): text is string => text !== undefined);

  return (
    <section className="section" aria-labelledby={headingId}>
      <PageHeading level={2} id={headingId}>
        {t('note.version.title', { version: number })}
      </PageHeading>
      <p>{t('note.version.savedAt', { date: when(savedAt) })}</p>
      <Banner tone="info">
        <p>{t('note.version.readOnly')}</p>
      </Banner>
      <dl className="details">
        <div className="details__row">
          <dt>{t('note.field.when')}</dt>
          <dd>{when(fields.happenedAt)}</dd>
        </div>
        <div className="details__row">
          <dt>{t('note.field.contactType')}</dt>
          <dd>{t(contactTypeLabels[fields.contactType])}</dd>
        </div>
        <div className="details__row">
          <dt>{t('note.field.duration')}</dt>
          <dd>{t('note.minutes', { minutes: fields.durationMinutes })}</dd>
        </div>
        {TEXT_FIELDS.map(({ key, label }) => (
          <div key={key} className="details__row">
            <dt>{t(label)}</dt>
            <dd className="preserve-lines">
              {String(fields[key]) || <span className="muted">{t('note.version.empty')}</span>}
            </dd>
          </div>
        ))}
        <div className="details__row">
          <dt>{t('note.field.goals')}</dt>
          <dd>
            {goalNames.length > 0 ? (
              goalNames.join(', ')
            ) : (
              <span className="muted">{t('note.version.empty')}</span>
            )}
          </dd>
        </div>
        <div className="details__row">
          <dt>{t('note.field.nextSteps')}</dt>
          <dd>
            {fields.nextSteps.length > 0 ? (
              <ul>
                {fields.nextSteps.map((step, index) => (
                  <li key={index}>
                    {step.who
                      ? t('note.version.step', { what: step.what, who: step.who })
                      : step.what}
                  </li>
                ))}
              </ul>
            ) : (
              <span className="muted">{t('note.version.empty')}</span>
            )}
          </dd>
        </div>
      </dl>
      <div className="form__actions">
        <ConfirmDialog
          trigger={t('note.version.restore')}
          triggerVariant="primary"
          title={t('note.version.confirmTitle', { version: number })}
          confirmLabel={t('note.version.confirm')}
          onConfirm={async () => {
            await restore.mutateAsync(number);
            await navigate({
              to: '/people/$personId/notes/$noteId',
              params: { personId, noteId },
            });
          }}
        >
          <p>{t('note.version.confirmBody')}</p>
        </ConfirmDialog>
        {back}
      </div>
    </section>
  );
}
