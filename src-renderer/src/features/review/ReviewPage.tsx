import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { Label, RadioButton, RadioField, RadioGroup, ToggleButton } from 'react-aria-components';
import { useIntl } from 'react-intl';
import type { Consent, ConsentMethod, Review } from '../../../../src-main/contract';
import { api } from '../../api';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { errorMessageKey } from '../../errors';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/useT';
import { useSettings } from '../../queries/settings';
import { sharingKeys } from '../shares/keys';
import { formatLabels, methodLabels, recipientLabel } from '../shares/labels';
import { SharePreview } from '../shares/SharePreview';
import { ApproveForm } from './ApproveForm';
import { ChangeForm } from './ChangeForm';
import { ExitDialog } from './ExitDialog';
import { ReviewNotes } from './ReviewNotes';
import { useReviewGuards } from './useReviewGuards';

/**
 * The side-by-side review: only this person and this share, large type, plain words. The core
 * answers nothing else while it lasts; this screen adds no way to reach anything else.
 */
export function ReviewPage() {
  const t = useT();
  usePageTitle(t('review.pageTitle'));
  const language = useSettings().data?.language ?? 'en';
  const review = useQuery({
    queryKey: sharingKeys.review,
    queryFn: () => api.call('review.get', { language }),
    staleTime: Infinity,
  });

  if (review.isError) {
    return (
      <main className="review">
        <PageHeading>{t('review.none.title')}</PageHeading>
        <Banner tone="info">{t('review.none.body')}</Banner>
        <p>
          <Link to="/">{t('notFound.back')}</Link>
        </p>
      </main>
    );
  }
  if (!review.data) {
    return (
      <main className="review">
        <p className="loading" role="status">
          {t('app.working')}
        </p>
      </main>
    );
  }
  return <ReviewScreen review={review.data} />;
}

type Mode = 'reading' | 'changing' | 'approving';

function ReviewScreen({ review }: { review: Review }) {
  const t = useT();
  const intl = useIntl();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const notesId = useId();
  const sendsId = useId();
  const { person, share } = review;
  const name = person.preferredName;
  const recipient = recipientLabel(share.recipient);
  const [mode, setMode] = useState<Mode>('reading');
  const [method, setMethod] = useState<ConsentMethod>('side_by_side');
  const [contrast, setContrast] = useState(false);
  const [exitOpen, setExitOpen] = useState(false);
  const [decision, setDecision] = useState<Consent | null>(null);
  const [declining, setDeclining] = useState(false);
  const [error, setError] = useState<MessageKey | null>(null);
  const allowExit = useReviewGuards(() => setExitOpen(true), exitOpen);

  const decline = async () => {
    setDeclining(true);
    setError(null);
    try {
      setDecision(
        await api.call('review.decline', { method, language: review.statements.language }),
      );
    } catch (caught) {
      setError(errorMessageKey(caught));
    } finally {
      setDeclining(false);
    }
  };

  const exited = () => {
    allowExit();
    setExitOpen(false);
    queryClient.removeQueries({ queryKey: sharingKeys.review });
    void queryClient.invalidateQueries({ queryKey: sharingKeys.all });
    void navigate({
      to: '/people/$personId/care-team/$shareId',
      params: { personId: person.id, shareId: share.id },
    });
  };

  const until = intl.formatDate(review.proposedExpiresAt, { dateStyle: 'long' });

  return (
    <div className={`review${contrast ? ' review--contrast' : ''}`}>
      <header className="review__top">
        <PageHeading>{t('review.title', { name })}</PageHeading>
        <ul className="review__facts">
          <li>
            <strong>{t('review.who.label')}</strong> {t('review.who', { recipient })}
          </li>
          <li>
            <strong>{t('review.why.label')}</strong> {share.purpose}
          </li>
          <li>
            <strong>{t('review.until.label')}</strong>{' '}
            {t('review.until', { date: until, days: review.defaultExpiryDays })}
          </li>
        </ul>
        <div className="review__tools">
          <ToggleButton
            className="button button--secondary"
            isSelected={contrast}
            onChange={setContrast}
          >
            {t('review.contrast')}
          </ToggleButton>
          <Button variant="secondary" onPress={() => setExitOpen(true)}>
            {t('review.finish')}
          </Button>
        </div>
      </header>
      <main className="review__main">
        {decision ? (
          <Decided decision={decision} name={name} recipient={recipient} />
        ) : (
          <>
            <div className="review__columns">
              <section className="review__column" aria-labelledby={notesId}>
                <h2 id={notesId} className="heading heading--2">
                  {t('review.notes.title')}
                </h2>
                <ReviewNotes notes={review.notes} />
              </section>
              <section className="review__column review__column--sends" aria-labelledby={sendsId}>
                <h2 id={sendsId} className="heading heading--2">
                  {t('review.sends.title', { recipient: share.recipient.name })}
                </h2>
                <SharePreview share={share} personName={name} />
              </section>
            </div>
            {mode === 'reading' && (
              <section className="review__choices" aria-label={t('review.choices')}>
                <RadioGroup
                  className="field review__method"
                  orientation="horizontal"
                  value={method}
                  onChange={(next) =>
                    setMethod(next === 'read_aloud' ? 'read_aloud' : 'side_by_side')
                  }
                >
                  <Label className="field__label">{t('review.method')}</Label>
                  {(['side_by_side', 'read_aloud'] as const).map((value) => (
                    <RadioField key={value} value={value}>
                      <RadioButton className="radio">
                        <span className="radio__indicator" aria-hidden="true" />
                        {t(methodLabels[value])}
                      </RadioButton>
                    </RadioField>
                  ))}
                </RadioGroup>
                {error && (
                  <Banner tone="error" role="alert">
                    {t(error)}
                  </Banner>
                )}
                <div className="review__buttons">
                  <Button variant="secondary" onPress={() => setMode('changing')}>
                    {t('review.action.change')}
                  </Button>
                  <Button onPress={() => setMode('approving')}>{t('review.action.yes')}</Button>
                  <Button isBusy={declining} onPress={() => void decline()}>
                    {t('review.action.no')}
                  </Button>
                </div>
              </section>
            )}
            {mode === 'changing' && (
              <ChangeForm review={review} onDone={() => setMode('reading')} />
            )}
            {mode === 'approving' && (
              <ApproveForm
                review={review}
                method={method}
                onDecided={setDecision}
                onCancel={() => setMode('reading')}
              />
            )}
          </>
        )}
      </main>
      <ExitDialog isOpen={exitOpen} onOpenChange={setExitOpen} onExited={exited} />
    </div>
  );
}

/** After the decision: a calm, plain confirmation; leaving still needs the worker. */
function Decided({
  decision,
  name,
  recipient,
}: {
  decision: Consent;
  name: string;
  recipient: string;
}) {
  const t = useT();
  const intl = useIntl();
  const given = decision.decision === 'given';
  return (
    <section className="review-panel review-decided" aria-labelledby="review-decided">
      <PageHeading level={2} id="review-decided">
        {given ? t('review.decided.yesTitle', { name }) : t('review.decided.noTitle', { name })}
      </PageHeading>
      {given ? (
        <>
          <p>
            {t('review.decided.yesBody', {
              recipient,
              format: decision.format ? t(formatLabels[decision.format]) : '',
              date: decision.expiresAt
                ? intl.formatDate(decision.expiresAt, { dateStyle: 'long' })
                : '',
            })}
          </p>
          <p>{t('review.decided.yesChange')}</p>
        </>
      ) : (
        <p>{t('review.decided.noBody', { recipient })}</p>
      )}
      <p>{t('review.decided.handBack')}</p>
    </section>
  );
}
