import { Link, useParams } from '@tanstack/react-router';
import { useId, useRef, useState, type FocusEvent } from 'react';
import { useIntl } from 'react-intl';
import type { Share, ShareFields } from '../../../../src-main/contract';
import { api } from '../../api';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { PageHeading } from '../../components/PageHeading';
import { SaveIndicator } from '../../components/SaveIndicator';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { errorMessageKey } from '../../errors';
import { useT } from '../../i18n/useT';
import { useAutosave } from '../../session/useAutosave';
import { usePerson } from '../people/queries';
import { useRecipients } from '../recipients/queries';
import { CheckedBody } from './CheckedBody';
import { recipientLabel } from './labels';
import { useRememberShare, useShare } from './queries';
import { QuotePicker } from './QuotePicker';
import { SHARE_DATE_FORMAT } from './share-dates';
import { draftOfShare, newQuoteKey, shareFieldsOf, type ShareDraft } from './share-draft';

export function NewSharePage() {
  const { personId } = useParams({ from: '/people/$personId/care-team/new' });
  return <ShareEditor personId={personId} share={null} />;
}

export function EditSharePage() {
  const t = useT();
  const { personId, shareId } = useParams({ from: '/people/$personId/care-team/$shareId/edit' });
  const share = useShare(shareId);
  if (share.isError) {
    return (
      <Banner tone="error" role="alert">
        {t(errorMessageKey(share.error))}
      </Banner>
    );
  }
  // Edits start from the share as the vault holds it now, never an older cached copy.
  if (!share.data || !share.isFetchedAfterMount) {
    return (
      <p className="loading" role="status">
        {t('app.working')}
      </p>
    );
  }
  return <ShareEditor key={share.data.id} personId={personId} share={share.data} />;
}

/**
 * Writes a share for one recipient and one purpose. It saves itself shortly after typing stops
 * (the first save creates it, once it has a recipient and a purpose), like a note.
 */
function ShareEditor({ personId, share }: { personId: string; share: Share | null }) {
  const t = useT();
  const intl = useIntl();
  const headingId = useId();
  const bodyHelpId = useId();
  const person = usePerson(personId);
  const recipients = useRecipients(false);
  const remember = useRememberShare();
  const [draft, setDraft] = useState<ShareDraft>(() => draftOfShare(share));
  const [shareId, setShareId] = useState<string | null>(share?.id ?? null);
  // Saves run one at a time; the ref lets the save after a create see the new id at once.
  const idRef = useRef<string | null>(share?.id ?? null);
  const name = person.data?.preferredName ?? '';

  const { status, change, flush } = useAutosave<ShareFields>(async (fields) => {
    const id = idRef.current;
    const saved =
      id === null
        ? await api.call('shares.create', { personId, fields })
        : await api.call('shares.save', { id, fields });
    idRef.current = saved.id;
    setShareId(saved.id);
    remember(saved);
    return { savedAt: saved.updatedAt };
  });

  const update = (patch: Partial<ShareDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    const fields = shareFieldsOf(next);
    if (fields) change(fields);
  };

  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (event.target instanceof HTMLElement && event.target.matches('input, textarea, select')) {
      if (shareFieldsOf(draft)) void flush();
    }
  };

  const options = (recipients.data ?? []).map((recipient) => ({
    value: recipient.id,
    label: recipientLabel(recipient),
  }));
  // A share keeps its recipient even after that recipient is archived.
  if (share && !options.some((option) => option.value === share.recipient.id)) {
    options.push({ value: share.recipient.id, label: recipientLabel(share.recipient) });
  }
  const waiting = shareFieldsOf(draft) === null;

  return (
    <section className="section care-team share-editor" aria-labelledby={headingId}>
      <PageHeading level={2} id={headingId}>
        {share ? t('shares.editor.editTitle') : t('shares.editor.newTitle')}
      </PageHeading>
      <p className="care-team__promise">{t('shares.promise', { name })}</p>
      {(share?.status === 'approved' || share?.status === 'released') && (
        <Banner tone="warning" title={t('shares.editor.approvedTitle')}>
          <p>{t('shares.editor.approvedBody', { name })}</p>
        </Banner>
      )}
      <div className="note-editor__bar">
        <SaveIndicator status={status} onRetry={() => void flush()} />
        {shareId ? (
          <Link
            to="/people/$personId/care-team/$shareId"
            params={{ personId, shareId }}
            className="button button--secondary"
          >
            {t('shares.editor.done')}
          </Link>
        ) : (
          <Link
            to="/people/$personId/care-team"
            params={{ personId }}
            className="button button--secondary"
          >
            {t('shares.editor.back')}
          </Link>
        )}
      </div>
      {waiting && (
        <p className="muted" role="status">
          {t('shares.editor.needsBasics')}
        </p>
      )}
      <div className="form" onBlur={onBlur}>
        {recipients.isSuccess && options.length === 0 ? (
          <Banner tone="info" title={t('shares.editor.noRecipients')}>
            <p>
              <Link to="/recipients">{t('shares.editor.addRecipient')}</Link>
            </p>
          </Banner>
        ) : (
          <SelectField
            label={t('shares.field.recipient')}
            value={draft.recipientId}
            options={[{ value: '', label: t('shares.field.chooseRecipient') }, ...options]}
            onChange={(recipientId) => update({ recipientId })}
          />
        )}
        <TextField
          label={t('shares.field.purpose')}
          description={t('shares.field.purposeHelp')}
          value={draft.purpose}
          onChange={(purpose) => update({ purpose })}
        />
        <CheckedBody
          id={bodyHelpId}
          recordId={shareId ?? 'new-share'}
          label={t('shares.field.body')}
          description={t('shares.field.bodyHelp', { name })}
          value={draft.body}
          onChange={(body) => update({ body })}
        />
        <div className="field">
          <p className="field__label">{t('shares.field.quotes')}</p>
          {draft.quotes.length === 0 ? (
            <p className="muted">{t('shares.quote.none')}</p>
          ) : (
            <ul className="share-document__quotes">
              {draft.quotes.map((quote, index) => (
                <li key={quote.key}>
                  <blockquote className="share-quote preserve-lines">{quote.text}</blockquote>
                  <p className="share-quote__source">
                    {t('shares.quote.from', {
                      date: intl.formatDate(quote.noteHappenedAt, SHARE_DATE_FORMAT),
                    })}
                  </p>
                  <Button
                    variant="quiet"
                    onPress={() =>
                      update({ quotes: draft.quotes.filter((q) => q.key !== quote.key) })
                    }
                  >
                    {t('shares.quote.remove', { number: index + 1 })}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </div>
        <QuotePicker
          personId={personId}
          onAdd={(quote) => update({ quotes: [...draft.quotes, { ...quote, key: newQuoteKey() }] })}
        />
      </div>
    </section>
  );
}
