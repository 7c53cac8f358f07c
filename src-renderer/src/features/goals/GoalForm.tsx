import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import type { GoalFields, GoalStatus } from '../../../../src-main/contract';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { FormTextArea } from '../../components/FormFields';
import { SelectField } from '../../components/SelectField';
import { errorMessageKey } from '../../errors';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/useT';
import { GOAL_STATUS_LIST, goalStatusLabels } from './labels';

const tooLong: MessageKey = 'form.tooLong';
const schema = z.object({
  inTheirWords: z
    .string()
    .trim()
    .min(1, 'goal.form.required' satisfies MessageKey)
    .max(2_000, tooLong),
  whyItMatters: z.string().max(20_000, tooLong),
  status: z.enum(['exploring', 'working_on_it', 'reached', 'set_aside']),
});

export const emptyGoal: GoalFields = { inTheirWords: '', whyItMatters: '', status: 'exploring' };

export interface GoalFormProps {
  initial: GoalFields;
  submitLabel: string;
  onSubmit: (fields: GoalFields) => Promise<unknown>;
  onCancel: () => void;
}

export function GoalForm({ initial, submitLabel, onSubmit, onCancel }: GoalFormProps) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<MessageKey | null>(null);
  const { control, handleSubmit } = useForm<GoalFields>({
    resolver: zodResolver(schema),
    defaultValues: initial,
  });

  const submit = handleSubmit(async (fields) => {
    if (busy) return;
    setBusy(true);
    setFormError(null);
    try {
      await onSubmit({ ...fields, inTheirWords: fields.inTheirWords.trim() });
    } catch (error) {
      setFormError(errorMessageKey(error));
    } finally {
      setBusy(false);
    }
  });

  return (
    <Form className="form goal-form" validationBehavior="aria" onSubmit={(e) => void submit(e)}>
      <FormTextArea
        control={control}
        name="inTheirWords"
        label={t('goal.field.inTheirWords')}
        description={t('goal.field.inTheirWordsHelp')}
        rows={2}
        isRequired
      />
      <FormTextArea
        control={control}
        name="whyItMatters"
        label={t('goal.field.whyItMatters')}
        rows={3}
      />
      <Controller
        control={control}
        name="status"
        render={({ field }) => (
          <SelectField<GoalStatus>
            label={t('goal.field.status')}
            value={field.value}
            options={GOAL_STATUS_LIST.map((value) => ({
              value,
              label: t(goalStatusLabels[value]),
            }))}
            onChange={field.onChange}
            onBlur={field.onBlur}
          />
        )}
      />
      {formError && (
        <Banner tone="error" role="alert">
          {t(formError)}
        </Banner>
      )}
      <div className="form__actions">
        <Button type="submit" isBusy={busy}>
          {submitLabel}
        </Button>
        <Button variant="secondary" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </Form>
  );
}
