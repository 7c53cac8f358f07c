import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Form, Label, RadioButton, RadioField, RadioGroup } from 'react-aria-components';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import type { RestoreInput } from '../../../../src-main/contract';
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
import { queryKeys } from '../../queries/keys';
import { PolicyWarning } from '../settings/PolicyWarning';
import { assertStrongEnough } from './check-strength';
import { required } from './passphrase-schema';
import { looksLikeRecoveryCode } from './recovery-code';
import { useStrength } from './useStrength';
import { VaultLayout } from './VaultLayout';

/** The word typed to replace a vault; the core checks the same word (REPLACE_CONFIRMATION). */
const REPLACE_WORD = 'REPLACE';

type Method = 'passphrase' | 'recoveryCode';

const optional = z.string();
const mismatch: MessageKey = 'form.passphraseMismatch';

/** One form for both ways in; only the fields of the chosen way are checked. */
function schemaFor(method: Method, replacing: boolean) {
  const replace = replacing
    ? z.string().refine((value) => value.trim() === REPLACE_WORD, 'restore.replace.required')
    : optional;
  return z
    .object({
      passphrase: method === 'passphrase' ? required('form.passphraseRequired') : optional,
      recoveryCode:
        method === 'recoveryCode'
          ? required('recover.codeRequired').refine(looksLikeRecoveryCode, {
              message: 'recover.codeFormat' satisfies MessageKey,
            })
          : optional,
      newPassphrase: method === 'recoveryCode' ? required('form.passphraseRequired') : optional,
      confirm: method === 'recoveryCode' ? required('form.confirmRequired') : optional,
      replace,
    })
    .refine((v) => method === 'passphrase' || v.confirm === '' || v.confirm === v.newPassphrase, {
      path: ['confirm'],
      message: mismatch,
    });
}
type Values = z.infer<ReturnType<typeof schemaFor>>;

export interface RestoreScreenProps {
  /** True when this computer already has a vault: restoring replaces it after a typed word. */
  replacing: boolean;
  onBack: () => void;
}

/**
 * Restores a backup folder chosen in the next step (the core asks for it). The secret opens the
 * backup, not the vault on this computer, which is only ever moved aside.
 */
export function RestoreScreen({ replacing, onBack }: RestoreScreenProps) {
  const t = useT();
  usePageTitle(t('restore.title'));
  const queryClient = useQueryClient();
  const [method, setMethod] = useState<Method>('passphrase');
  const [formError, setFormError] = useState<MessageKey | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const { control, handleSubmit, setError, clearErrors } = useForm<Values>({
    resolver: (values, context, options) =>
      zodResolver(schemaFor(method, replacing))(values, context, options),
    defaultValues: {
      passphrase: '',
      recoveryCode: '',
      newPassphrase: '',
      confirm: '',
      replace: '',
    },
  });
  const strength = useStrength(useWatch({ control, name: 'newPassphrase' }));

  const restore = useMutation({
    mutationFn: async (values: Values) => {
      const secret: RestoreInput['secret'] =
        method === 'passphrase'
          ? { passphrase: values.passphrase }
          : { recoveryCode: values.recoveryCode, newPassphrase: values.newPassphrase };
      if ('newPassphrase' in secret) await assertStrongEnough(secret.newPassphrase);
      return api.call(
        'restore.fromBackup',
        replacing ? { secret, replaceConfirmation: values.replace.trim() } : { secret },
      );
    },
    onSuccess: (result) => {
      if (!result.done) {
        setCancelled(true);
        return;
      }
      void queryClient.invalidateQueries({ queryKey: queryKeys.vaultStatus });
    },
    onError: (error) => {
      const code = errorCode(error);
      const message = errorMessageKey(error);
      if (code === 'WRONG_PASSPHRASE') setError('passphrase', { message }, { shouldFocus: true });
      else if (code === 'WRONG_RECOVERY_CODE') {
        setError('recoveryCode', { message }, { shouldFocus: true });
      } else if (code === 'WEAK_PASSPHRASE') {
        setError('newPassphrase', { message }, { shouldFocus: true });
      } else if (code === 'CONFIRMATION_MISMATCH') {
        setError('replace', { message }, { shouldFocus: true });
      } else setFormError(message);
    },
  });

  const onSubmit = handleSubmit((values) => {
    if (restore.isPending) return;
    setFormError(null);
    setCancelled(false);
    restore.mutate(values);
  });

  return (
    <VaultLayout>
      <PageHeading>{t('restore.title')}</PageHeading>
      <PolicyWarning />
      <p>{t('restore.intro')}</p>
      <Form className="form" validationBehavior="aria" onSubmit={(event) => void onSubmit(event)}>
        <RadioGroup
          className="language-switch"
          value={method}
          onChange={(next) => {
            setMethod(next === 'recoveryCode' ? 'recoveryCode' : 'passphrase');
            clearErrors();
          }}
        >
          <Label className="field__label">{t('restore.method')}</Label>
          <div className="language-switch__options">
            <RadioField value="passphrase">
              <RadioButton className="radio">
                <span className="radio__indicator" aria-hidden="true" />
                <span>{t('restore.method.passphrase')}</span>
              </RadioButton>
            </RadioField>
            <RadioField value="recoveryCode">
              <RadioButton className="radio">
                <span className="radio__indicator" aria-hidden="true" />
                <span>{t('restore.method.recoveryCode')}</span>
              </RadioButton>
            </RadioField>
          </div>
        </RadioGroup>
        {method === 'passphrase' ? (
          <FormPasswordField
            control={control}
            name="passphrase"
            label={t('restore.passphrase')}
            autoComplete="current-password"
          />
        ) : (
          <>
            <FormTextField
              control={control}
              name="recoveryCode"
              label={t('restore.code')}
              description={t('recover.codeHelp')}
              inputClassName="field__input--code"
              autoComplete="off"
              spellCheck="false"
            />
            <FormPasswordField
              control={control}
              name="newPassphrase"
              label={t('restore.newPassphrase')}
              description={t('create.passphraseHelp')}
              autoComplete="new-password"
            />
            <StrengthMeter strength={strength} />
            <FormPasswordField
              control={control}
              name="confirm"
              label={t('restore.confirm')}
              autoComplete="new-password"
            />
          </>
        )}
        {replacing && (
          <Banner tone="warning" title={t('restore.replace.title')}>
            <p>{t('restore.replace.body')}</p>
          </Banner>
        )}
        {replacing && (
          <FormTextField
            control={control}
            name="replace"
            label={t('restore.replace.label', { label: REPLACE_WORD })}
            autoComplete="off"
            spellCheck="false"
          />
        )}
        <div role="status">
          {cancelled && <Banner tone="info">{t('restore.cancelled')}</Banner>}
        </div>
        {formError && (
          <Banner tone="error" role="alert">
            {t(formError)}
          </Banner>
        )}
        <div className="form__actions">
          <Button type="submit" isBusy={restore.isPending}>
            {t('restore.submit')}
          </Button>
          <Button variant="secondary" onPress={onBack}>
            {t('restore.back')}
          </Button>
        </div>
      </Form>
    </VaultLayout>
  );
}
