import { useState } from 'react';
import { Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { Release, Share } from '../../../../src-main/contract';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { TextArea } from '../../components/TextArea';
import { errorMessageKey } from '../../errors';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/useT';
import { useWithdraw } from './queries';
import { ReleaseItems } from './ReleasesList';

/**
 * Withdrawing is as easy as giving: one dialog, the reason optional. Afterwards it lists where
 * the share had already gone, because those recipients have to be told by the worker.
 */
export function WithdrawDialog({ share, name }: { share: Share; name: string }) {
  const t = useT();
  const withdraw = useWithdraw(share);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<MessageKey | null>(null);
  const [released, setReleased] = useState<Release[] | null>(null);

  const confirm = async () => {
    setError(null);
    try {
      const outcome = await withdraw.mutateAsync(reason.trim());
      setReleased(outcome.alreadyReleased);
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
          setReleased(null);
        }
      }}
    >
      <Button variant="secondary">{t('shares.action.withdraw')}</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog role="alertdialog" className="dialog">
            <Heading slot="title" className="heading heading--2">
              {released === null ? t('shares.withdraw.title') : t('shares.withdraw.doneTitle')}
            </Heading>
            {released === null ? (
              <>
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
              </>
            ) : (
              <>
                <div className="dialog__body" role="status">
                  <p>{t('shares.withdraw.done', { name })}</p>
                  {released.length === 0 ? (
                    <p>{t('shares.withdraw.neverSent')}</p>
                  ) : (
                    <>
                      <p>{t('shares.withdraw.alreadySent')}</p>
                      <ReleaseItems releases={released} />
                    </>
                  )}
                </div>
                <div className="form__actions">
                  <Button slot="close">{t('shares.withdraw.close')}</Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
