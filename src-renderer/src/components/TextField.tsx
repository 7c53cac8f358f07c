import type { ReactNode, Ref } from 'react';
import {
  FieldError,
  Input,
  Label,
  Text,
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
} from 'react-aria-components';

export interface TextFieldProps extends Omit<AriaTextFieldProps, 'className' | 'children'> {
  label: string;
  description?: ReactNode;
  /** Already in the person's language; its presence marks the field invalid. */
  errorMessage?: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
  inputClassName?: string;
  /** Rendered beside the input, e.g. a show/hide toggle. */
  addon?: ReactNode;
}

export function TextField({
  label,
  description,
  errorMessage,
  inputRef,
  inputClassName,
  addon,
  ...props
}: TextFieldProps) {
  return (
    <AriaTextField
      {...props}
      className="field"
      isInvalid={errorMessage !== undefined}
      // The forms validate themselves; react-aria only wires the ARIA attributes.
      validationBehavior="aria"
    >
      <Label className="field__label">{label}</Label>
      <div className="field__control">
        <Input ref={inputRef} className={`field__input ${inputClassName ?? ''}`.trim()} />
        {addon}
      </div>
      {description !== undefined && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <FieldError className="field__error">
        <span role="alert">{errorMessage}</span>
      </FieldError>
    </AriaTextField>
  );
}
