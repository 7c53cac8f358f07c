import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';
import { useT } from '../i18n/useT';

export interface ButtonProps extends Omit<AriaButtonProps, 'className' | 'isPending'> {
  variant?: 'primary' | 'secondary' | 'quiet';
  /**
   * While the core works (a key derivation takes a second): presses are ignored and "One
   * moment" is announced. Used instead of react-aria's isPending, whose announcement leaves a
   * nameless role="img" behind in its live region once the button's label is gone.
   */
  isBusy?: boolean;
}

export function Button({ variant = 'primary', isBusy, onPress, ...props }: ButtonProps) {
  const t = useT();
  return (
    <>
      <AriaButton
        {...props}
        onPress={isBusy ? undefined : onPress}
        data-busy={isBusy || undefined}
        className={`button button--${variant}`}
      />
      {isBusy !== undefined && (
        <span role="status" className="visually-hidden">
          {isBusy ? t('app.working') : ''}
        </span>
      )}
    </>
  );
}
