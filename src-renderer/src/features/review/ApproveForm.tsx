import { useId, useState } from 'react';
import {
  Checkbox,
  CheckboxGroup,
  Label,
  RadioButton,
  RadioField,
  RadioGroup,
} from 'react-aria-components';
import type { Consent, ConsentMethod, ReleaseFormat, Review } from '../../../../src-main/contract';
import { api } from '../../api';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { PageHeading } from '../../components/PageHeading';
import { TextField } from '../../components/TextField';
import { errorMessageKey } from '../../errors';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/useT';
import { formatLabels } from '../shares/labels';

type Problem = 'name' | 'statements' | 'days';

/**
 * Saying yes: the person types their name, ticks every statement exactly as the core wrote it,
 * picks a format the agency allows and for how many days the yes lasts.
 */
export function ApproveForm({
  review,
  method,
  onDecided,
  onCancel,
}: {
  review: Review;
  method: ConsentMethod;
  onDecided: (consent: Consent) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const headingId = useId();
  const [typedName, setTypedName] = useState('');
  const [confirmed, setConfirmed] = useState<string[]>([]);
  const firstFormat = review.allowedFormats[0] ?? 'pdf';
  const [format, setFormat] = useState<ReleaseFormat>(firstFormat);
  const [days, setDays] = useState(String(review.defaultExpiryDays));
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<MessageKey | null>(null);
  const { items, version } = review.statements;

  const submit = async () => {
    const found: Problem[] = [];
    if (!typedName.trim()) found.push('name');
    if (!items.every((item) => confirmed.includes(item.id))) found.push('statements');
    const dayCount = Number(days.trim());
    if (!/^\d{1,4}$/.test(days.trim()) || dayCount < 1 || dayCount > review.maxExpiryDays) {
      found.push('days');
    }
    setProblems(found);
    if (found.length > 0) return;
    setBusy(true);
    setError(null);
    try {
      const consent = await api.call('review.approve', {
        typedName: typedName.trim(),
        statementsVersion: version,
        confirmedStatements: confirmed,
        format,
        method,
        expiresInDays: dayCount,
      });
      onDecided(consent);
    } catch (caught) {
      setError(errorMessageKey(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="review-panel review-panel--yes" aria-labelledby={headingId}>
      <PageHeading level={2} id={headingId}>
        {t('review.yes.title')}
      </PageHeading>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <TextField
          label={t('review.yes.name')}
          description={t('review.yes.nameHelp')}
          value={typedName}
          onChange={setTypedName}
          autoComplete="off"
          errorMessage={problems.includes('name') ? t('review.yes.problem.name') : undefined}
        />
        <CheckboxGroup
          className="field review-statements"
          value={confirmed}
          onChange={setConfirmed}
          isInvalid={problems.includes('statements')}
        >
          <Label className="field__label">{t('review.yes.statements')}</Label>
          {items.map((item) => (
            <Checkbox key={item.id} value={item.id} className="checkbox review-statement">
              <span className="checkbox__box" aria-hidden="true" />
              {item.text}
            </Checkbox>
          ))}
          {problems.includes('statements') && (
            <p className="field__error" role="alert">
              {t('review.yes.problem.statements')}
            </p>
          )}
        </CheckboxGroup>
        <RadioGroup
          className="field"
          value={format}
          onChange={(next) => {
            const chosen = review.allowedFormats.find((allowed) => allowed === next);
            if (chosen) setFormat(chosen);
          }}
        >
          <Label className="field__label">{t('review.yes.format')}</Label>
          {review.allowedFormats.map((allowed) => (
            <RadioField key={allowed} value={allowed}>
              <RadioButton className="radio">
                <span className="radio__indicator" aria-hidden="true" />
                {t(formatLabels[allowed])}
              </RadioButton>
            </RadioField>
          ))}
        </RadioGroup>
        <TextField
          label={t('review.yes.days')}
          description={t('review.yes.daysHelp', { max: review.maxExpiryDays })}
          value={days}
          onChange={setDays}
          inputMode="numeric"
          inputClassName="field__input--short"
          errorMessage={
            problems.includes('days')
              ? t('review.yes.problem.days', { max: review.maxExpiryDays })
              : undefined
          }
        />
        {error && (
          <Banner tone="error" role="alert">
            {t(error)}
          </Banner>
        )}
        <div className="form__actions">
          <Button type="submit" isBusy={busy}>
            {t('review.yes.confirm')}
          </Button>
          <Button variant="secondary" onPress={onCancel}>
            {t('review.yes.back')}
          </Button>
        </div>
      </form>
    </section>
  );
}
