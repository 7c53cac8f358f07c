import { useState } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { api } from '../../api';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { PasswordField } from '../../components/PasswordField';
import { errorMessageKey } from '../../errors';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/useT';

/** Only the worker can leave review mode: the core checks their passphrase, rate-limited. */
export function ExitDialog({
  isOpen,
  onOpenChange,
  onExited,
}: {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  onExited: () => void;
}) {
  const t = useT();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<MessageKey | null>(null);

  const submit = async () => {
    if (!passphrase) {
      setError('review.exit.empty');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api.call('review.exit', { passphrase });
      setPassphrase('');
      onExited();
    } catch (caught) {
      setError(errorMessageKey(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalOverlay
      className="modal-overlay"
      isDismissable
      isOpen={isOpen}
      onOpenChange={(open) => {
        onOpenChange(open);
        if (!open) {
          setPassphrase('');
          setError(null);
        }
      }}
    >
      <Modal className="modal">
        <Dialog className="dialog">
          <Heading slot="title" className="heading heading--2">
            {t('review.exit.title')}
          </Heading>
          <form
            className="form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void submit();
            }}
          >
            <p>{t('review.exit.body')}</p>
            <PasswordField
              label={t('review.exit.passphrase')}
              value={passphrase}
              onChange={setPassphrase}
              autoFocus
              errorMessage={error === 'review.exit.empty' ? t(error) : undefined}
            />
            {error && error !== 'review.exit.empty' && (
              <Banner tone="error" role="alert">
                {t(error)}
              </Banner>
            )}
            <div className="form__actions">
              <Button type="submit" isBusy={busy}>
                {t('review.exit.confirm')}
              </Button>
              <Button variant="secondary" slot="close">
                {t('review.exit.stay')}
              </Button>
            </div>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
