import { useId, useState } from 'react';
import { Checkbox } from 'react-aria-components';
import type { Recipient } from '../../../../src-main/contract';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { errorMessageKey } from '../../errors';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/useT';
import { useArchiveRecipient, useRecipients } from './queries';
import { RecipientForm } from './RecipientForm';

/** The short list of named people and teams a share can be written for. */
export function RecipientsPage() {
  const t = useT();
  usePageTitle(t('recipients.title'));
  const addHeadingId = useId();
  const [showArchived, setShowArchived] = useState(false);
  const recipients = useRecipients(showArchived);
  const [news, setNews] = useState<string | null>(null);

  return (
    <>
      <PageHeading>{t('recipients.title')}</PageHeading>
      <p className="care-team__promise">{t('recipients.intro')}</p>
      <p role="status" className="visually-hidden">
        {news ?? ''}
      </p>
      <section className="section" aria-labelledby={addHeadingId}>
        <h2 id={addHeadingId} className="heading heading--2">
          {t('recipients.addTitle')}
        </h2>
        <RecipientForm
          recipient={null}
          onDone={(saved) => setNews(t('recipients.added', { name: saved.name }))}
        />
      </section>
      <section className="section" aria-label={t('recipients.listLabel')}>
        <Checkbox className="checkbox" isSelected={showArchived} onChange={setShowArchived}>
          <span className="checkbox__box" aria-hidden="true" />
          {t('recipients.showArchived')}
        </Checkbox>
        {recipients.isError && (
          <Banner tone="error" role="alert">
            {t(errorMessageKey(recipients.error))}
          </Banner>
        )}
        {recipients.isSuccess && recipients.data.length === 0 && (
          <p className="empty-state">{t('recipients.empty')}</p>
        )}
        {recipients.isSuccess && recipients.data.length > 0 && (
          <ul className="card-list__items recipient-list" aria-label={t('recipients.listLabel')}>
            {recipients.data.map((recipient) => (
              <RecipientRow key={recipient.id} recipient={recipient} onNews={setNews} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function RecipientRow({
  recipient,
  onNews,
}: {
  recipient: Recipient;
  onNews: (news: string) => void;
}) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const archive = useArchiveRecipient();
  const [error, setError] = useState<MessageKey | null>(null);
  const archived = recipient.archivedAt !== null;

  const toggleArchived = async () => {
    setError(null);
    try {
      await archive.mutateAsync({ id: recipient.id, archived: !archived });
      onNews(
        t(archived ? 'recipients.restored' : 'recipients.archivedNews', { name: recipient.name }),
      );
    } catch (caught) {
      setError(errorMessageKey(caught));
    }
  };

  return (
    <li className="card recipient">
      {editing ? (
        <RecipientForm
          recipient={recipient}
          onDone={(saved) => {
            setEditing(false);
            onNews(t('recipients.saved', { name: saved.name }));
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <p className="recipient__name">
            {recipient.name}
            {archived && <span className="tag"> {t('recipients.archivedTag')}</span>}
          </p>
          <p className="muted">
            {[recipient.role, recipient.organisation].filter(Boolean).join(' · ')}
          </p>
          {error && (
            <Banner tone="error" role="alert">
              {t(error)}
            </Banner>
          )}
          <div className="form__actions">
            <Button
              variant="secondary"
              aria-label={t('recipients.editLabel', { name: recipient.name })}
              onPress={() => setEditing(true)}
            >
              {t('recipients.edit')}
            </Button>
            <Button
              variant="quiet"
              isBusy={archive.isPending}
              aria-label={t(archived ? 'recipients.restoreLabel' : 'recipients.archiveLabel', {
                name: recipient.name,
              })}
              onPress={() => void toggleArchived()}
            >
              {t(archived ? 'recipients.restore' : 'recipients.archive')}
            </Button>
          </div>
        </>
      )}
    </li>
  );
}
