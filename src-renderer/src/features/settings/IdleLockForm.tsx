import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useRef, useState } from 'react';
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
const overAgencyMax: MessageKey = 'settings.idle.overAgencyMax';

/** A longer time than the agency's maximum is refused here, and again by the core. */
function schemaFor(maxMinutes: number) {
  return z.object({
    minutes: z
      .string()
      .trim()
      .regex(/^\d+$/, invalid)
      .refine((value) => Number(value) >= MIN_MINUTES && Number(value) <= MAX_MINUTES, invalid)
      .refine((value) => Number(value) <= maxMinutes, overAgencyMax),
  });
}
type Values = z.infer<ReturnType<typeof schemaFor>>;

export interface IdleLockFormProps {
  minutes: number;
  /** The agency's maximum, when its policy sets one. */
  agencyMaxMinutes?: number | undefined;
}

export function IdleLockForm({ minutes, agencyMaxMinutes }: IdleLockFormProps) {
  const t = useT();
  // Read at submit time: the agency's maximum may arrive after the form is first shown.
  const maxMinutes = useRef(agencyMaxMinutes ?? MAX_MINUTES);
  useEffect(() => {
    maxMinutes.current = agencyMaxMinutes ?? MAX_MINUTES;
  }, [agencyMaxMinutes]);
  const headingId = useId();
  const [saved, setSaved] = useState<number | null>(null);
  const [formError, setFormError] = useState<MessageKey | null>(null);
  const setIdleLock = useSetIdleLock();
  const { control, handleSubmit } = useForm<Values>({
    resolver: (values, context, options) =>
      zodResolver(schemaFor(maxMinutes.current))(values, context, options),
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
          description={
            agencyMaxMinutes === undefined
              ? t('settings.idle.help')
              : `${t('settings.idle.help')} ${t('settings.idle.agencyMax', { minutes: agencyMaxMinutes })}`
          }
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
