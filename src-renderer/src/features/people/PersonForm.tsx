import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { PersonFields } from '../../../../src-main/contract';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { FormTextArea, FormTextField } from '../../components/FormFields';
import { errorMessageKey } from '../../errors';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/useT';

/** The renderer's own copy of the contract's bounds, with messages in the person's language. */
const tooLong: MessageKey = 'form.tooLong';
const schema = z.object({
  preferredName: z
    .string()
    .trim()
    .min(1, 'person.form.nameRequired' satisfies MessageKey)
    .max(120, tooLong),
  pronouns: z.string().max(200, tooLong),
  contactPreference: z.string().max(500, tooLong),
  aboutInTheirWords: z.string().max(20_000, tooLong),
  strengths: z.string().max(20_000, tooLong),
});

export const emptyPerson: PersonFields = {
  preferredName: '',
  pronouns: '',
  contactPreference: '',
  aboutInTheirWords: '',
  strengths: '',
};

export interface PersonFormProps {
  initial: PersonFields;
  submitLabel: string;
  onSubmit: (fields: PersonFields) => Promise<unknown>;
  onCancel?: () => void;
}

export function PersonForm({ initial, submitLabel, onSubmit, onCancel }: PersonFormProps) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<MessageKey | null>(null);
  const { control, handleSubmit } = useForm<PersonFields>({
    resolver: zodResolver(schema),
    defaultValues: initial,
  });

  const submit = handleSubmit(async (fields) => {
    if (busy) return;
    setBusy(true);
    setFormError(null);
    try {
      await onSubmit({ ...fields, preferredName: fields.preferredName.trim() });
    } catch (error) {
      setFormError(errorMessageKey(error));
    } finally {
      setBusy(false);
    }
  });

  return (
    <Form className="form" validationBehavior="aria" onSubmit={(event) => void submit(event)}>
      <FormTextField
        control={control}
        name="preferredName"
        label={t('person.field.preferredName')}
        description={t('person.field.preferredNameHelp')}
        isRequired
      />
      <FormTextField control={control} name="pronouns" label={t('person.field.pronouns')} />
      <FormTextField
        control={control}
        name="contactPreference"
        label={t('person.field.contactPreference')}
      />
      <FormTextArea
        control={control}
        name="aboutInTheirWords"
        label={t('person.field.about')}
        description={t('person.field.aboutHelp')}
      />
      <FormTextArea control={control} name="strengths" label={t('person.field.strengths')} />
      {formError && (
        <Banner tone="error" role="alert">
          {t(formError)}
        </Banner>
      )}
      <div className="form__actions">
        <Button type="submit" isBusy={busy}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="secondary" onPress={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </Form>
  );
}
