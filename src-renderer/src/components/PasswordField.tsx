import { useState } from 'react';
import { ToggleButton } from 'react-aria-components';
import { useT } from '../i18n/useT';
import { TextField, type TextFieldProps } from './TextField';

export type PasswordFieldProps = Omit<TextFieldProps, 'type' | 'addon'>;

/** A passphrase input with a show/hide toggle; the toggle's name includes the field's label. */
export function PasswordField(props: PasswordFieldProps) {
  const t = useT();
  const [visible, setVisible] = useState(false);
  return (
    <TextField
      {...props}
      type={visible ? 'text' : 'password'}
      spellCheck="false"
      addon={
        <ToggleButton
          className="button button--quiet field__toggle"
          isSelected={visible}
          onChange={setVisible}
          aria-label={t('field.showLabel', { label: props.label })}
        >
          {t('field.show')}
        </ToggleButton>
      }
    />
  );
}
