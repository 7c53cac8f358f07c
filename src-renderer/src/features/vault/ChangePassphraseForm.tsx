import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { api } from '../../api';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { FormPasswordField } from '../../components/FormFields';
import { StrengthMeter } from '../../components/StrengthMeter';
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
import { useStrength } from './useStrength';

const schema = z
  .object({ current: required('form.passphraseRequired'), ...newPassphraseFields })
  .refine(confirmationMatches, confirmationMismatch);
type Values = z.infer<typeof schema>;

const empty: Values = { current: '', passphrase: '', confirm: '' };

export function ChangePassphraseForm() {
  const t = useT();
  const headingId = useId();
  const [outcome, setOutcome] = useState<'changed' | MessageKey | null>(null);
  const { control, handleSubmit, setError, reset } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: empty,
  });
  const strength = useStrength(useWatch({ control, name: 'passphrase' }));

  const change = useMutation({
    mutationFn: async ({ current, passphrase }: Values) => {
      await assertStrongEnough(passphrase);
      return api.call('vault.changePassphrase', { current, next: passphrase });
    },
    onSuccess: () => {
      reset(empty);
      setOutcome('changed');
    },
    onError: (error) => {
      const code = errorCode(error);
      const message = errorMessageKey(error);
      if (code === 'WRONG_PASSPHRASE') {
        setError('current', { message }, { shouldFocus: true });
      } else if (code === 'WEAK_PASSPHRASE') {
        setError('passphrase', { message }, { shouldFocus: true });
      } else {
        setOutcome(message);
      }
    },
  });

  const onSubmit = handleSubmit((values) => {
    if (change.isPending) return;
    setOutcome(null);
    change.mutate(values);
  });

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId} className="heading heading--2">
        {t('settings.change.title')}
      </h2>
      <Form className="form" validationBehavior="aria" onSubmit={(event) => void onSubmit(event)}>
        <FormPasswordField
          control={control}
          name="current"
          label={t('settings.change.current')}
          autoComplete="current-password"
        />
        <FormPasswordField
          control={control}
          name="passphrase"
          label={t('settings.change.new')}
          description={t('create.passphraseHelp')}
          autoComplete="new-password"
        />
        <StrengthMeter strength={strength} />
        <FormPasswordField
          control={control}
          name="confirm"
          label={t('settings.change.confirm')}
          autoComplete="new-password"
        />
        <div role="status">
          {outcome === 'changed' && <Banner tone="success">{t('settings.change.done')}</Banner>}
        </div>
        {outcome !== null && outcome !== 'changed' && (
          <Banner tone="error" role="alert">
            {t(outcome)}
          </Banner>
        )}
        <div className="form__actions">
          <Button type="submit" isBusy={change.isPending}>
            {t('settings.change.submit')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
