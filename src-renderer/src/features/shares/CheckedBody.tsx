import { TextArea } from '../../components/TextArea';
import {
  flagMarks,
  LanguageSuggestions,
  useDismissedTerms,
  useLanguageFlags,
} from '../notes/LanguageSuggestions';

/** A long share field with the same local language check as notes: advice, never a gate. */
export function CheckedBody({
  id,
  recordId,
  label,
  description,
  value,
  onChange,
}: {
  /** The id of the list of suggestions, which describes the field. */
  id: string;
  recordId: string;
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const { flags } = useLanguageFlags(value);
  const { dismissed, dismiss } = useDismissedTerms(recordId);
  return (
    <TextArea
      label={label}
      description={description}
      value={value}
      rows={8}
      onChange={onChange}
      describedBy={id}
      marks={flagMarks(value, flags, dismissed)}
      after={
        <LanguageSuggestions id={id} flags={flags} dismissed={dismissed} onDismiss={dismiss} />
      }
    />
  );
}
