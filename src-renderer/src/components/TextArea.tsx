import type { ReactNode, Ref } from 'react';
import {
  FieldError,
  Label,
  Text,
  TextArea as AriaTextArea,
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
} from 'react-aria-components';

export interface TextAreaProps extends Omit<AriaTextFieldProps, 'className' | 'children'> {
  label: string;
  description?: ReactNode;
  /** Already in the person's language; its presence marks the field invalid. */
  errorMessage?: string | undefined;
  inputRef?: Ref<HTMLTextAreaElement>;
  rows?: number;
  /** Extra ids the text area is described by, such as a list of language suggestions. */
  describedBy?: string | undefined;
  /** Rendered under the field, inside it, e.g. language suggestions. */
  after?: ReactNode;
}

/** A multi-line field; its text is plain text and is only ever shown as text. */
export function TextArea({
  label,
  description,
  errorMessage,
  inputRef,
  rows = 4,
  describedBy,
  after,
  ...props
}: TextAreaProps) {
  return (
    <AriaTextField
      {...props}
      className="field"
      isInvalid={errorMessage !== undefined}
      validationBehavior="aria"
    >
      <Label className="field__label">{label}</Label>
      <AriaTextArea
        ref={inputRef}
        rows={rows}
        className="field__input field__textarea"
        aria-describedby={describedBy}
      />
      {description !== undefined && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <FieldError className="field__error">
        <span role="alert">{errorMessage}</span>
      </FieldError>
      {after}
    </AriaTextField>
  );
}
