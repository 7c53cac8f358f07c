import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { isMessageKey } from '../i18n/catalogs';
import { useT } from '../i18n/useT';
import { PasswordField, type PasswordFieldProps } from './PasswordField';
import { TextArea, type TextAreaProps } from './TextArea';
import { TextField, type TextFieldProps } from './TextField';

type Bound<T extends FieldValues> = { control: Control<T>; name: Path<T> };
type Unbound<P> = Omit<P, 'value' | 'onChange' | 'onBlur' | 'name' | 'errorMessage' | 'inputRef'>;

/** Form errors carry message keys (from the form's schema or from a mapped core error). */
function useFieldBinding<T extends FieldValues>({ control, name }: Bound<T>) {
  const t = useT();
  const { field, fieldState } = useController({ control, name });
  const message = fieldState.error?.message;
  return {
    name: field.name,
    value: typeof field.value === 'string' ? field.value : '',
    onChange: field.onChange,
    onBlur: field.onBlur,
    inputRef: field.ref,
    errorMessage:
      message === undefined
        ? undefined
        : t(isMessageKey(message) ? message : 'errors.INVALID_INPUT'),
  };
}

export function FormTextField<T extends FieldValues>({
  control,
  name,
  ...props
}: Bound<T> & Unbound<TextFieldProps>) {
  const binding = useFieldBinding({ control, name });
  return <TextField {...props} {...binding} />;
}

export function FormPasswordField<T extends FieldValues>({
  control,
  name,
  ...props
}: Bound<T> & Unbound<PasswordFieldProps>) {
  const binding = useFieldBinding({ control, name });
  return <PasswordField {...props} {...binding} />;
}

export function FormTextArea<T extends FieldValues>({
  control,
  name,
  ...props
}: Bound<T> & Unbound<TextAreaProps>) {
  const binding = useFieldBinding({ control, name });
  return <TextArea {...props} {...binding} />;
}
