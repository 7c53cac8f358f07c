import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { LockReason } from '../../../../src-main/contract';
import { api } from '../../api';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { FormPasswordField } from '../../components/FormFields';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { errorCode, errorMessageKey } from '../../errors';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/useT';
import { PolicyWarning } from '../settings/PolicyWarning';
import { required } from './passphrase-schema';
import { useUnlockAttempt } from './useUnlockAttempt';
import { VaultLayout } from './VaultLayout';
import { WaitNotice } from './WaitNotice';

const schema = z.object({ passphrase: required('form.passphraseRequired') });
type Values = z.infer<typeof schema>;

const lockNotes: Partial<Record<LockReason, MessageKey>> = {
  idle: 'lockReason.idle',
  suspend: 'lockReason.suspend',
  screen_lock: 'lockReason.screen_lock',
};

export interface UnlockScreenProps {
  initialWaitMs: number;
  lockReason: LockReason | null;
  onForgot: () => void;
  onRestore?: () => void;
}

export function UnlockScreen({
  initialWaitMs,
  lockReason,
  onForgot,
  onRestore,
}: UnlockScreenProps) {
  const t = useT();
  usePageTitle(t('unlock.title'));
  const { control, handleSubmit, setError, setFocus } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { passphrase: '' },
  });
  const { mutation: unlock, waitMs } = useUnlockAttempt(
    (passphrase: string) => api.call('vault.unlock', { passphrase }),
    initialWaitMs,
  );
  const [formError, setFormError] = useState<MessageKey | null>(null);
  const note = lockReason ? lockNotes[lockReason] : undefined;

  const onSubmit = handleSubmit(({ passphrase }) => {
    if (unlock.isPending || waitMs > 0) return;
    setFormError(null);
    unlock.mutate(passphrase, {
      onError: (error) => {
        // The wait notice explains a pause; the field explains what was typed; the rest is
        // about the vault itself and gets a banner of its own.
        const code = errorCode(error);
        if (code === 'RATE_LIMITED') return;
        if (code === 'WRONG_PASSPHRASE' || code === 'INVALID_INPUT') {
          setError('passphrase', { message: errorMessageKey(error) });
          setFocus('passphrase', { shouldSelect: true });
        } else {
          setFormError(errorMessageKey(error));
        }
      },
    });
  });

  return (
    <VaultLayout>
      <PageHeading focusOnMount={false}>{t('unlock.title')}</PageHeading>
      <PolicyWarning />
      {note && (
        <Banner tone="info" role="status">
          {t(note)}
        </Banner>
      )}
      <p>{t('unlock.intro')}</p>
      <Form className="form" validationBehavior="aria" onSubmit={(event) => void onSubmit(event)}>
        <FormPasswordField
          control={control}
          name="passphrase"
          label={t('unlock.passphrase')}
          autoComplete="current-password"
          autoFocus
        />
        <WaitNotice remainingMs={waitMs} />
        {formError && (
          <Banner tone="error" role="alert">
            {t(formError)}
          </Banner>
        )}
        <div className="form__actions">
          <Button type="submit" isDisabled={waitMs > 0} isBusy={unlock.isPending}>
            {t('unlock.submit')}
          </Button>
        </div>
      </Form>
      <div className="form__secondary">
        <Button variant="quiet" onPress={onForgot}>
          {t('unlock.forgot')}
        </Button>
        {onRestore && (
          <Button variant="quiet" onPress={onRestore}>
            {t('restore.open')}
          </Button>
        )}
      </div>
    </VaultLayout>
  );
}
