import { useState, type ReactNode } from 'react';
import { Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { errorMessageKey } from '../errors';
import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/useT';
import { Banner } from './Banner';
import { Button } from './Button';

export interface ConfirmDialogProps {
  /** The button that opens the dialog. */
  trigger: string;
  triggerVariant?: 'primary' | 'secondary' | 'quiet';
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  /** Runs on confirm; the dialog closes once it resolves, or shows the error it throws. */
  onConfirm: () => Promise<unknown>;
}

/** Asks before anything that changes a lot at once. Cancelling is as easy as confirming. */
export function ConfirmDialog({
  trigger,
  triggerVariant = 'secondary',
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
}: ConfirmDialogProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<MessageKey | null>(null);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      setOpen(false);
    } catch (caught) {
      setError(errorMessageKey(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <DialogTrigger
      isOpen={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) setError(null);
      }}
    >
      <Button variant={triggerVariant}>{trigger}</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog role="alertdialog" className="dialog">
            <Heading slot="title" className="heading heading--2">
              {title}
            </Heading>
            <div className="dialog__body">{children}</div>
            {error && (
              <Banner tone="error" role="alert">
                {t(error)}
              </Banner>
            )}
            <div className="form__actions">
              <Button isBusy={busy} onPress={() => void confirm()}>
                {confirmLabel}
              </Button>
              <Button variant="secondary" slot="close">
                {cancelLabel ?? t('common.cancel')}
              </Button>
            </div>
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
