import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { api } from '../../api';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { FormPasswordField } from '../../components/FormFields';
import { errorCode, errorMessageKey } from '../../errors';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/useT';
import { queryKeys } from '../../queries/keys';
import { required } from './passphrase-schema';
import { RecoveryCodeFlow } from './RecoveryCodeFlow';

const schema = z.object({ passphrase: required('form.passphraseRequired') });
type Values = z.infer<typeof schema>;

type Phase = { name: 'form' } | { name: 'code'; code: string } | { name: 'done' };

export function RenewRecoveryCode() {
  const t = useT();
  const headingId = useId();
  const queryClient = useQueryClient();
  const [phase, setPhase] = useState<Phase>({ name: 'form' });
  const [formError, setFormError] = useState<MessageKey | null>(null);
  const { control, handleSubmit, setError, reset } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { passphrase: '' },
  });
  // The old code stops working the moment a new one exists, so the banner on People must know.
  const refreshStatus = () => queryClient.invalidateQueries({ queryKey: queryKeys.vaultStatus });

  const renew = useMutation({
    mutationFn: ({ passphrase }: Values) => api.call('vault.renewRecoveryCode', { passphrase }),
    onSuccess: ({ recoveryCode }) => {
      reset({ passphrase: '' });
      setPhase({ name: 'code', code: recoveryCode });
      void refreshStatus();
    },
    onError: (error) => {
      if (errorCode(error) === 'WRONG_PASSPHRASE') {
        setError('passphrase', { message: errorMessageKey(error) }, { shouldFocus: true });
      } else {
        setFormError(errorMessageKey(error));
      }
    },
  });

  const onSubmit = handleSubmit((values) => {
    if (renew.isPending) return;
    setFormError(null);
    renew.mutate(values);
  });

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId} className="heading heading--2">
        {t('settings.recovery.title')}
      </h2>
      {phase.name === 'code' ? (
        <RecoveryCodeFlow
          code={phase.code}
          headingLevel={3}
          onConfirmed={() => {
            setPhase({ name: 'done' });
            void refreshStatus();
          }}
        />
      ) : (
        <>
          <div role="status">
            {phase.name === 'done' && <Banner tone="success">{t('settings.recovery.done')}</Banner>}
          </div>
          <p>{t('settings.recovery.intro')}</p>
          <Form
            className="form"
            validationBehavior="aria"
            onSubmit={(event) => void onSubmit(event)}
          >
            <FormPasswordField
              control={control}
              name="passphrase"
              label={t('settings.recovery.passphrase')}
              description={t('settings.recovery.passphraseHelp')}
              autoComplete="current-password"
            />
            {formError && (
              <Banner tone="error" role="alert">
                {t(formError)}
              </Banner>
            )}
            <div className="form__actions">
              <Button type="submit" isBusy={renew.isPending}>
                {t('settings.recovery.submit')}
              </Button>
            </div>
          </Form>
        </>
      )}
    </section>
  );
}
