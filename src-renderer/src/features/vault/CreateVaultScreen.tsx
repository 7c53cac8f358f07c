import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { api } from '../../api';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { FormPasswordField } from '../../components/FormFields';
import { PageHeading } from '../../components/PageHeading';
import { StrengthMeter } from '../../components/StrengthMeter';
import { usePageTitle } from '../../components/usePageTitle';
import { errorCode, errorMessageKey } from '../../errors';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/useT';
import { assertStrongEnough } from './check-strength';
import { RestoreScreen } from './RestoreScreen';
import { PolicyWarning } from '../settings/PolicyWarning';
import {
  confirmationMatches,
  confirmationMismatch,
  newPassphraseFields,
} from './passphrase-schema';
import { useStrength } from './useStrength';
import { VaultLayout } from './VaultLayout';

const schema = z.object(newPassphraseFields).refine(confirmationMatches, confirmationMismatch);
type Values = z.infer<typeof schema>;

/** First run: what Alongside is, then a passphrase that must be strong enough before anything. */
export function CreateVaultScreen({ onCreated }: { onCreated: (recoveryCode: string) => void }) {
  const t = useT();
  usePageTitle(t('create.title'));
  const [formError, setFormError] = useState<MessageKey | null>(null);
  const [restoring, setRestoring] = useState(false);
  const { control, handleSubmit, setError } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { passphrase: '', confirm: '' },
  });
  const strength = useStrength(useWatch({ control, name: 'passphrase' }));

  const create = useMutation({
    mutationFn: async (passphrase: string) => {
      await assertStrongEnough(passphrase);
      return api.call('vault.create', { passphrase });
    },
    onSuccess: ({ recoveryCode }) => onCreated(recoveryCode),
    onError: (error) => {
      if (errorCode(error) === 'WEAK_PASSPHRASE') {
        setError('passphrase', { message: errorMessageKey(error) }, { shouldFocus: true });
      } else {
        setFormError(errorMessageKey(error));
      }
    },
  });

  const onSubmit = handleSubmit(({ passphrase }) => {
    if (create.isPending) return;
    setFormError(null);
    create.mutate(passphrase);
  });

  if (restoring) return <RestoreScreen replacing={false} onBack={() => setRestoring(false)} />;

  return (
    <VaultLayout>
      <PageHeading>{t('create.title')}</PageHeading>
      <PolicyWarning />
      <p>{t('create.intro.what')}</p>
      <p>{t('create.intro.private')}</p>
      <Form className="form" validationBehavior="aria" onSubmit={(event) => void onSubmit(event)}>
        <h2 className="heading heading--2">{t('create.formTitle')}</h2>
        <FormPasswordField
          control={control}
          name="passphrase"
          label={t('create.passphrase')}
          description={t('create.passphraseHelp')}
          autoComplete="new-password"
        />
        <StrengthMeter strength={strength} />
        <FormPasswordField
          control={control}
          name="confirm"
          label={t('create.confirm')}
          autoComplete="new-password"
        />
        {formError && (
          <Banner tone="error" role="alert">
            {t(formError)}
          </Banner>
        )}
        <div className="form__actions">
          <Button type="submit" isBusy={create.isPending}>
            {t('create.submit')}
          </Button>
        </div>
      </Form>
      <div className="form__secondary">
        <Button variant="quiet" onPress={() => setRestoring(true)}>
          {t('restore.open')}
        </Button>
      </div>
    </VaultLayout>
  );
}
