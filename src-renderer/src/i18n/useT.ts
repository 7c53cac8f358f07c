import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import type { MessageKey } from './en';

type Values = Record<string, string | number>;

/** A translate function that only accepts keys the catalogs actually hold. */
export function useT(): (key: MessageKey, values?: Values) => string {
  const intl = useIntl();
  return useCallback((key, values) => intl.formatMessage({ id: key }, values), [intl]);
}
