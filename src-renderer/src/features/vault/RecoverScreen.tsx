import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { api } from '../../api';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { FormPasswordField, FormTextField } from '../../components/FormFields';
import { PageHeading } from '../../components/PageHeading';
import { StrengthMeter } from '../../components/StrengthMeter';
import { usePageTitle } from '../../components/usePageTitle';
import { errorCode, errorMessageKey } from '../../errors';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/useT';
import { assertStrongEnough } from './check-strength';
import {
  confirmationMatches,
  confirmationMismatch,
  newPassphraseFields,
  required,
} from './passphrase-schema';
import { looksLikeRecoveryCode } from './recovery-code';
import { useStrength } from './useStrength';
import { useUnlockAttempt } from './useUnlockAttempt';
import { VaultLayout } from './VaultLayout';
import { WaitNotice } from './WaitNotice';

const schema = z
  .object({
    recoveryCode: required('recover.codeRequired').refine(looksLikeRecoveryCode, {
      message: 'recover.codeFormat' satisfies MessageKey,
    }),
    ...newPassphraseFields,
  })
  .refine(confirmationMatches, confirmationMismatch);
type Values = z.infer<typeof schema>;

export interface RecoverScreenProps {
  initialWaitMs: number;
  onBack: () => void;
}

/** The way back in with the recovery code; it always ends with a new passphrase. */
export function RecoverScreen({ initialWaitMs, onBack }: RecoverScreenProps) {
  const t = useT();
  usePageTitle(t('recover.title'));
  const [formError, setFormError] = useState<MessageKey | null>(null);
  const { control, handleSubmit, setError } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { recoveryCode: '', passphrase: '', confirm: '' },
  });
  const strength = useStrength(useWatch({ control, name: 'passphrase' }));
  const { mutation: recover, waitMs } = useUnlockAttempt(
    async ({ recoveryCode, passphrase }: Values) => {
      await assertStrongEnough(passphrase);
      return api.call('vault.unlockWithRecoveryCode', { recoveryCode, newPassphrase: passphrase });
    },
    initialWaitMs,
  );

  const onSubmit = handleSubmit((values) => {
    if (recover.isPending || waitMs > 0) return;
    setFormError(null);
    recover.mutate(values, {
      onError: (error) => {
        const code = errorCode(error);
        const message = errorMessageKey(error);
        if (code === 'RATE_LIMITED') return;
        if (code === 'WRONG_RECOVERY_CODE') {
          setError('recoveryCode', { message }, { shouldFocus: true });
        } else if (code === 'WEAK_PASSPHRASE') {
          setError('passphrase', { message }, { shouldFocus: true });
        } else {
          setFormError(message);
        }
      },
    });
  });

  return (
    <VaultLayout>
      <PageHeading>{t('recover.title')}</PageHeading>
      <p>{t('recover.intro')}</p>
      <Form className="form" validationBehavior="aria" onSubmit={(event) => void onSubmit(event)}>
        <FormTextField
          control={control}
          name="recoveryCode"
          label={t('recover.code')}
          description={t('recover.codeHelp')}
          inputClassName="field__input--code"
          autoComplete="off"
          spellCheck="false"
        />
        <FormPasswordField
          control={control}
          name="passphrase"
          label={t('recover.newPassphrase')}
          description={t('create.passphraseHelp')}
          autoComplete="new-password"
        />
        <StrengthMeter strength={strength} />
        <FormPasswordField
          control={control}
          name="confirm"
          label={t('recover.confirm')}
          autoComplete="new-password"
        />
        <WaitNotice remainingMs={waitMs} />
        {formError && (
          <Banner tone="error" role="alert">
            {t(formError)}
          </Banner>
        )}
        <div className="form__actions">
          <Button type="submit" isDisabled={waitMs > 0} isBusy={recover.isPending}>
            {t('recover.submit')}
          </Button>
          <Button variant="secondary" onPress={onBack}>
            {t('recover.back')}
          </Button>
        </div>
      </Form>
    </VaultLayout>
  );
}
