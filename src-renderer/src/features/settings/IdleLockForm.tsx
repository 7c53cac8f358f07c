import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { FormTextField } from '../../components/FormFields';
import { errorMessageKey } from '../../errors';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/useT';
import { useSetIdleLock } from '../../queries/settings';

/** The same bounds as the contract's idle lock setting (1 to 60 minutes). */
const MIN_MINUTES = 1;
const MAX_MINUTES = 60;
const invalid: MessageKey = 'settings.idle.invalid';

const schema = z.object({
  minutes: z
    .string()
    .trim()
    .regex(/^\d+$/, invalid)
    .refine((value) => Number(value) >= MIN_MINUTES && Number(value) <= MAX_MINUTES, invalid),
});
type Values = z.infer<typeof schema>;

export function IdleLockForm({ minutes }: { minutes: number }) {
  const t = useT();
  const headingId = useId();
  const [saved, setSaved] = useState<number | null>(null);
  const [formError, setFormError] = useState<MessageKey | null>(null);
  const setIdleLock = useSetIdleLock();
  const { control, handleSubmit } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { minutes: String(minutes) },
  });

  const onSubmit = handleSubmit((values) => {
    setSaved(null);
    setFormError(null);
    setIdleLock.mutate(Number(values.minutes), {
      onSuccess: (settings) => setSaved(settings.idleLockMinutes),
      onError: (error) => setFormError(errorMessageKey(error)),
    });
  });

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId} className="heading heading--2">
        {t('settings.idle.title')}
      </h2>
      <Form className="form" validationBehavior="aria" onSubmit={(event) => void onSubmit(event)}>
        <FormTextField
          control={control}
          name="minutes"
          label={t('settings.idle.label')}
          description={t('settings.idle.help')}
          inputMode="numeric"
          inputClassName="field__input--short"
        />
        <div role="status">
          {saved !== null && (
            <Banner tone="success">{t('settings.idle.saved', { minutes: saved })}</Banner>
          )}
        </div>
        {formError && (
          <Banner tone="error" role="alert">
            {t(formError)}
          </Banner>
        )}
        <div className="form__actions">
          <Button type="submit" variant="secondary" isBusy={setIdleLock.isPending}>
            {t('settings.idle.save')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
