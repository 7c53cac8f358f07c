import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useId, useState } from 'react';
import type { ReleaseFormat, Share, WithdrawOutcome } from '../../../../src-main/contract';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageHeading } from '../../components/PageHeading';
import { errorMessageKey } from '../../errors';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/useT';
import { usePerson } from '../people/queries';
import { ConsentDetails } from './ConsentDetails';
import { EDITABLE, formatLabels, recipientLabel, RELEASE_FORMAT_LIST } from './labels';
import { useDeleteShare, useRelease, useShare, useStartReview } from './queries';
import { ReleasesList } from './ReleasesList';
import { SharePreview } from './SharePreview';
import { StatusBadge } from './StatusBadge';
import { WithdrawDialog, Withdrawn } from './WithdrawDialog';

export function SharePage() {
  const t = useT();
  const { personId, shareId } = useParams({ from: '/people/$personId/care-team/$shareId' });
  const share = useShare(shareId);
  const person = usePerson(personId);
  if (share.isError) {
    return (
      <Banner tone="error" role="alert">
        {t(errorMessageKey(share.error))}
      </Banner>
    );
  }
  if (!share.data || !person.data) {
    return (
      <p className="loading" role="status">
        {t('app.working')}
      </p>
    );
  }
  return <ShareView share={share.data} name={person.data.preferredName} />;
}

function ShareView({ share, name }: { share: Share; name: string }) {
  const t = useT();
  const headingId = useId();
  const navigate = useNavigate();
  const startReview = useStartReview();
  const remove = useDeleteShare(share);
  const [error, setError] = useState<MessageKey | null>(null);
  const [withdrawn, setWithdrawn] = useState<WithdrawOutcome | null>(null);
  const { personId } = share;
  // Only a draft the person never decided about: a yes or a no, and the statements they were
  // shown, stay part of their record. The core refuses the rest too.
  const canDelete = share.status === 'draft' && share.consent === null;
  const canWithdraw = share.status === 'approved' || share.status === 'released';
  const canReview =
    share.status === 'draft' ||
    share.status === 'declined' ||
    share.status === 'in_review' ||
    share.status === 'expired';

  const review = async () => {
    setError(null);
    try {
      await startReview.mutateAsync(share.id);
      await navigate({ to: '/review' });
    } catch (caught) {
      setError(errorMessageKey(caught));
    }
  };

  return (
    <section className="section care-team" aria-labelledby={headingId}>
      <p className="breadcrumb">
        <Link to="/people/$personId/care-team" params={{ personId }}>
          {t('shares.backToList')}
        </Link>
      </p>
      <div className="section__top">
        <PageHeading level={2} id={headingId}>
          {t('shares.page.title', { recipient: recipientLabel(share.recipient) })}
        </PageHeading>
        <StatusBadge status={share.status} />
      </div>
      <p className="care-team__promise">{t('shares.promise', { name })}</p>
      <p>{t(`shares.explain.${share.status}`, { name })}</p>
      {error && (
        <Banner tone="error" role="alert">
          {t(error)}
        </Banner>
      )}
      <div className="form__actions share-actions">
        {canReview && (
          <Button isBusy={startReview.isPending} onPress={() => void review()}>
            {t('shares.action.review', { name })}
          </Button>
        )}
        {EDITABLE.includes(share.status) && (
          <Link
            to="/people/$personId/care-team/$shareId/edit"
            params={{ personId, shareId: share.id }}
            className="button button--secondary"
          >
            {t('shares.action.edit')}
          </Link>
        )}
        {canWithdraw && <WithdrawDialog share={share} name={name} onWithdrawn={setWithdrawn} />}
        {canDelete && (
          <ConfirmDialog
            trigger={t('shares.action.delete')}
            triggerVariant="quiet"
            title={t('shares.delete.title')}
            confirmLabel={t('shares.delete.confirm')}
            onConfirm={async () => {
              await remove.mutateAsync();
              await navigate({ to: '/people/$personId/care-team', params: { personId } });
            }}
          >
            <p>{t('shares.delete.body')}</p>
          </ConfirmDialog>
        )}
      </div>
      {withdrawn && <Withdrawn outcome={withdrawn} name={name} />}
      <ReleaseControls share={share} />
      <SharePreview share={share} personName={name} />
      <ConsentDetails share={share} />
      <ReleasesList releases={share.releases} />
    </section>
  );
}

/**
 * The one way out for a share. With an active yes, only the format the person agreed to can be
 * pressed; without one, pressing asks the core anyway, which refuses and says why.
 */
function ReleaseControls({ share }: { share: Share }) {
  const t = useT();
  const headingId = useId();
  const release = useRelease(share);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [error, setError] = useState<MessageKey | null>(null);
  const consent = share.consent;
  const active = consent?.status === 'active' ? consent : null;
  if (share.status === 'withdrawn' || share.status === 'in_review') return null;

  const send = async (format: ReleaseFormat) => {
    setOutcome(null);
    setError(null);
    try {
      const result = await release.mutateAsync(format);
      setOutcome(
        result.outcome === 'saved'
          ? t('shares.release.saved', { file: result.release.fileName })
          : t('shares.release.cancelled'),
      );
    } catch (caught) {
      setError(errorMessageKey(caught));
    }
  };

  return (
    <section className="release-controls" aria-labelledby={headingId}>
      <h3 id={headingId} className="heading heading--3">
        {t('shares.release.title')}
      </h3>
      <p className="muted">
        {active?.format
          ? t('shares.release.only', { format: t(formatLabels[active.format]) })
          : t('shares.release.needsYes')}
      </p>
      <div className="form__actions">
        {RELEASE_FORMAT_LIST.map((format) => (
          <Button
            key={format}
            variant={active?.format === format ? 'primary' : 'secondary'}
            isBusy={release.isPending && release.variables === format}
            isDisabled={active !== null && active.format !== format}
            onPress={() => void send(format)}
          >
            {t(format === 'pdf' ? 'shares.action.releasePdf' : 'shares.action.releaseFhir')}
          </Button>
        ))}
      </div>
      <p role="status" className="release-controls__outcome">
        {outcome ?? ''}
      </p>
      {error && (
        <Banner tone="error" role="alert">
          {t(error)}
        </Banner>
      )}
    </section>
  );
}
