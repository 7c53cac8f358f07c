import { z } from 'zod';
import type { MessageKey } from '../../i18n/en';

/** Form schemas carry message keys, which the fields turn into words in the person's language. */
export const required = (key: MessageKey) => z.string().min(1, key);

export const newPassphraseFields = {
  passphrase: required('form.passphraseRequired'),
  confirm: required('form.confirmRequired'),
};

export const confirmationMatches = (values: { passphrase: string; confirm: string }) =>
  values.confirm === '' || values.passphrase === values.confirm;

const mismatch: MessageKey = 'form.passphraseMismatch';
export const confirmationMismatch = { path: ['confirm'], message: mismatch };
