import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { Review } from '../../../../src-main/contract';
import { api } from '../../api';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { PageHeading } from '../../components/PageHeading';
import { TextField } from '../../components/TextField';
import { errorMessageKey } from '../../errors';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/useT';
import { CheckedBody } from '../shares/CheckedBody';
import { sharingKeys } from '../shares/keys';

/** The person asked for a change: the worker edits there and then, and the review goes on. */
export function ChangeForm({ review, onDone }: { review: Review; onDone: () => void }) {
  const t = useT();
  const headingId = useId();
  const bodyHelpId = useId();
  const queryClient = useQueryClient();
  const { share } = review;
  const [purpose, setPurpose] = useState(share.purpose);
  const [body, setBody] = useState(share.body);
  const [quotes, setQuotes] = useState(share.quotes);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<MessageKey | null>(null);

  const save = async () => {
    if (!purpose.trim()) {
      setError('review.change.needsPurpose');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const next = await api.call('review.edit', {
        language: review.statements.language,
        fields: {
          purpose,
          body,
          quotes: quotes.map(({ noteId, text }) => ({ noteId, text })),
        },
      });
      queryClient.setQueryData(sharingKeys.review, next);
      onDone();
    } catch (caught) {
      setError(errorMessageKey(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="review-panel" aria-labelledby={headingId}>
      <PageHeading level={2} id={headingId}>
        {t('review.change.title')}
      </PageHeading>
      <p>{t('review.change.help')}</p>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <TextField label={t('review.change.purpose')} value={purpose} onChange={setPurpose} />
        <CheckedBody
          id={bodyHelpId}
          recordId={share.id}
          label={t('review.change.body')}
          value={body}
          onChange={setBody}
        />
        {quotes.length > 0 && (
          <div className="field">
            <p className="field__label">{t('review.change.quotes')}</p>
            <ul className="share-document__quotes">
              {quotes.map((quote, index) => (
                <li key={quote.id}>
                  <blockquote className="share-quote preserve-lines">{quote.text}</blockquote>
                  <Button
                    variant="quiet"
                    onPress={() => setQuotes(quotes.filter((q) => q.id !== quote.id))}
                  >
                    {t('review.change.removeQuote', { number: index + 1 })}
                  </Button>
                </li>
              ))}
            </ul>
          </div>
        )}
        {error && (
          <Banner tone="error" role="alert">
            {t(error)}
          </Banner>
        )}
        <div className="form__actions">
          <Button type="submit" isBusy={busy}>
            {t('review.change.save')}
          </Button>
          <Button variant="secondary" onPress={onDone}>
            {t('review.change.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
