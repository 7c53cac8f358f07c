import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { api } from '../../api';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { FormTextField } from '../../components/FormFields';
import { PageHeading } from '../../components/PageHeading';
import { errorMessageKey } from '../../errors';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/useT';
import { groupMatches, recoveryCodeGroups } from './recovery-code';
import { required } from './passphrase-schema';

const schema = z.object({
  first: required('recovery.groupRequired'),
  second: required('recovery.groupRequired'),
});
type Values = z.infer<typeof schema>;

export interface CheckRecoveryCodeProps {
  code: string;
  /** 0-based indexes of the two groups to ask for. */
  groups: [number, number];
  headingLevel: 1 | 2 | 3;
  onBack: () => void;
  onConfirmed: () => void;
}

export function CheckRecoveryCode({
  code,
  groups,
  headingLevel,
  onBack,
  onConfirmed,
}: CheckRecoveryCodeProps) {
  const t = useT();
  const [formError, setFormError] = useState<MessageKey | null>(null);
  const { control, handleSubmit, setError, setFocus } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { first: '', second: '' },
  });
  const expected = recoveryCodeGroups(code);
  const [firstNumber, secondNumber] = [groups[0] + 1, groups[1] + 1];

  const confirm = useMutation({
    mutationFn: () => api.call('vault.confirmRecoveryCode', {}),
    onSuccess: onConfirmed,
    onError: (error) => setFormError(errorMessageKey(error)),
  });

  const onSubmit = handleSubmit(({ first, second }) => {
    if (confirm.isPending) return;
    setFormError(null);
    const firstOk = groupMatches(first, expected[groups[0]] ?? '');
    const secondOk = groupMatches(second, expected[groups[1]] ?? '');
    if (!secondOk) setError('second', { message: 'recovery.groupMismatch' });
    if (!firstOk) setError('first', { message: 'recovery.groupMismatch' });
    if (!firstOk) setFocus('first', { shouldSelect: true });
    else if (!secondOk) setFocus('second', { shouldSelect: true });
    if (firstOk && secondOk) confirm.mutate();
  });

  return (
    <div className="recovery">
      <PageHeading level={headingLevel}>{t('recovery.checkTitle')}</PageHeading>
      <p>{t('recovery.checkIntro', { first: firstNumber, second: secondNumber })}</p>
      <Form className="form" validationBehavior="aria" onSubmit={(event) => void onSubmit(event)}>
        <div className="group-inputs">
          <FormTextField
            control={control}
            name="first"
            label={t('recovery.group', { number: firstNumber })}
            inputClassName="field__input--code"
            autoComplete="off"
            spellCheck="false"
          />
          <FormTextField
            control={control}
            name="second"
            label={t('recovery.group', { number: secondNumber })}
            inputClassName="field__input--code"
            autoComplete="off"
            spellCheck="false"
          />
        </div>
        {formError && (
          <Banner tone="error" role="alert">
            {t(formError)}
          </Banner>
        )}
        <div className="form__actions">
          <Button type="submit" isBusy={confirm.isPending}>
            {t('recovery.check')}
          </Button>
          <Button variant="secondary" onPress={onBack}>
            {t('recovery.showAgain')}
          </Button>
        </div>
      </Form>
    </div>
  );
}
