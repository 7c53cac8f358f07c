import { useState } from 'react';
import { Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { Share, WithdrawOutcome } from '../../../../src-main/contract';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { PageHeading } from '../../components/PageHeading';
import { TextArea } from '../../components/TextArea';
import { errorMessageKey } from '../../errors';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/useT';
import { useWithdraw } from './queries';
import { ReleaseItems } from './ReleasesList';

/** Withdrawing is as easy as giving: one dialog, the reason optional. */
export function WithdrawDialog({
  share,
  name,
  onWithdrawn,
}: {
  share: Share;
  name: string;
  onWithdrawn: (outcome: WithdrawOutcome) => void;
}) {
  const t = useT();
  const withdraw = useWithdraw(share);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<MessageKey | null>(null);

  const confirm = async () => {
    setError(null);
    try {
      const outcome = await withdraw.mutateAsync(reason.trim());
      setOpen(false);
      onWithdrawn(outcome);
    } catch (caught) {
      setError(errorMessageKey(caught));
    }
  };

  return (
    <DialogTrigger
      isOpen={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) {
          setError(null);
          setReason('');
        }
      }}
    >
      <Button variant="secondary">{t('shares.action.withdraw')}</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog role="alertdialog" className="dialog">
            <Heading slot="title" className="heading heading--2">
              {t('shares.withdraw.title')}
            </Heading>
            <div className="dialog__body">
              <p>{t('shares.withdraw.body', { name })}</p>
              <TextArea
                label={t('shares.withdraw.reason')}
                description={t('shares.withdraw.reasonHelp', { name })}
                value={reason}
                rows={3}
                onChange={setReason}
              />
            </div>
            {error && (
              <Banner tone="error" role="alert">
                {t(error)}
              </Banner>
            )}
            <div className="form__actions">
              <Button isBusy={withdraw.isPending} onPress={() => void confirm()}>
                {t('shares.withdraw.confirm')}
              </Button>
              <Button variant="secondary" slot="close">
                {t('common.cancel')}
              </Button>
            </div>
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

/**
 * After a withdrawal: where the share had already gone, because the worker has to tell those
 * recipients. Focus lands here, since the button that opened the dialog is gone.
 */
export function Withdrawn({ outcome, name }: { outcome: WithdrawOutcome; name: string }) {
  const t = useT();
  const released = outcome.alreadyReleased;
  return (
    <section className="banner banner--warning withdrawn" aria-labelledby="withdrawn-title">
      <PageHeading level={3} id="withdrawn-title">
        {t('shares.withdraw.doneTitle')}
      </PageHeading>
      <p>{t('shares.withdraw.done', { name })}</p>
      {released.length === 0 ? (
        <p>{t('shares.withdraw.neverSent')}</p>
      ) : (
        <>
          <p>{t('shares.withdraw.alreadySent')}</p>
          <ReleaseItems releases={released} />
        </>
      )}
    </section>
  );
}
