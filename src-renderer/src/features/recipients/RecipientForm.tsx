import { useState } from 'react';
import type { Recipient, RecipientFields } from '../../../../src-main/contract';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { TextField } from '../../components/TextField';
import { errorMessageKey } from '../../errors';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/useT';
import { useSaveRecipient } from './queries';

type Missing = 'name' | 'organisation';

/** Adds a recipient, or changes one: always a named person or team, never a category. */
export function RecipientForm({
  recipient,
  onDone,
  onCancel,
}: {
  recipient: Recipient | null;
  onDone: (saved: Recipient) => void;
  onCancel?: () => void;
}) {
  const t = useT();
  const save = useSaveRecipient();
  const [fields, setFields] = useState<RecipientFields>({
    name: recipient?.name ?? '',
    organisation: recipient?.organisation ?? '',
    role: recipient?.role ?? '',
  });
  const [missing, setMissing] = useState<Missing[]>([]);
  const [error, setError] = useState<MessageKey | null>(null);

  const submit = async () => {
    const empty = (['name', 'organisation'] as const).filter((key) => !fields[key].trim());
    setMissing(empty);
    if (empty.length > 0) return;
    setError(null);
    try {
      const saved = await save.mutateAsync({ id: recipient?.id ?? null, fields });
      onDone(saved);
      if (!recipient) setFields({ name: '', organisation: '', role: '' });
    } catch (caught) {
      setError(errorMessageKey(caught));
    }
  };

  return (
    <form
      className="form recipient-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <TextField
        label={t('recipients.field.name')}
        description={t('recipients.field.nameHelp')}
        value={fields.name}
        onChange={(name) => setFields({ ...fields, name })}
        errorMessage={missing.includes('name') ? t('recipients.problem.name') : undefined}
      />
      <TextField
        label={t('recipients.field.role')}
        value={fields.role}
        onChange={(role) => setFields({ ...fields, role })}
      />
      <TextField
        label={t('recipients.field.organisation')}
        value={fields.organisation}
        onChange={(organisation) => setFields({ ...fields, organisation })}
        errorMessage={
          missing.includes('organisation') ? t('recipients.problem.organisation') : undefined
        }
      />
      {error && (
        <Banner tone="error" role="alert">
          {t(error)}
        </Banner>
      )}
      <div className="form__actions">
        <Button type="submit" isBusy={save.isPending}>
          {recipient ? t('recipients.save') : t('recipients.add')}
        </Button>
        {onCancel && (
          <Button variant="secondary" onPress={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
