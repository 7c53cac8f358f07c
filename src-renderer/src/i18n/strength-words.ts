import type { MessageKey } from './en';
import { isMessageKey } from './catalogs';

/** zxcvbn-ts speaks in keys; these turn them into our own words, with a fallback for new keys. */
export function strengthWarningKey(key: string): MessageKey {
  const candidate = `strength.warning.${key}`;
  return isMessageKey(candidate) ? candidate : 'strength.warning.fallback';
}

export function strengthSuggestionKey(key: string): MessageKey {
  const candidate = `strength.suggestion.${key}`;
  return isMessageKey(candidate) ? candidate : 'strength.suggestion.fallback';
}
