import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, LANGUAGES } from '../../src-main/contract';
import { errorMessageKeys } from '../../src-renderer/src/errors';
import { catalogs } from '../../src-renderer/src/i18n/catalogs';
import { en } from '../../src-renderer/src/i18n/en';
import { frCA } from '../../src-renderer/src/i18n/fr-CA';
import {
  strengthSuggestionKey,
  strengthWarningKey,
} from '../../src-renderer/src/i18n/strength-words';

const WARNING_KEYS = [
  'straightRow',
  'keyPattern',
  'simpleRepeat',
  'extendedRepeat',
  'sequences',
  'recentYears',
  'dates',
  'topTen',
  'topHundred',
  'common',
  'similarToCommon',
  'wordByItself',
  'namesByThemselves',
  'commonNames',
  'userInputs',
  'pwned',
];
const SUGGESTION_KEYS = [
  'l33t',
  'reverseWords',
  'allUppercase',
  'capitalization',
  'dates',
  'recentYears',
  'associatedYears',
  'sequences',
  'repeated',
  'longerKeyboardPattern',
  'anotherWord',
  'useWords',
  'noNeed',
  'pwned',
];

/** Every placeholder any message uses, so formatting can prove each message parses. */
const SAMPLE_VALUES = {
  page: 'People',
  label: 'Passphrase',
  time: '0:30',
  first: 2,
  second: 5,
  number: 3,
  minutes: 7,
  name: 'Sam',
  date: 'May 3, 2025',
  count: 4,
  done: 1,
  found: 'non-compliant',
  suggestion: 'chose not to',
  why: 'It judges.',
  version: 2,
  step: 'Call the library',
  what: 'Call the library',
  who: 'Sam',
  recipient: 'Dr Amira Haddad',
  file: 'share.pdf',
  format: 'PDF',
  max: 90,
  type: 'Phone',
};

describe('message catalogs', () => {
  it('hold exactly the same keys in English and Canadian French', () => {
    expect(Object.keys(frCA).sort()).toEqual(Object.keys(en).sort());
  });

  it('cover every language the contract knows', () => {
    expect(Object.keys(catalogs).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(Object.entries(catalogs))('has no empty message in %s', (_language, catalog) => {
    for (const [key, message] of Object.entries(catalog)) {
      expect(message.trim(), key).not.toBe('');
    }
  });

  it.each(Object.entries(catalogs))('has only well-formed messages in %s', (locale, catalog) => {
    const errors: string[] = [];
    const intl = createIntl({
      locale,
      messages: catalog,
      onError: (error) => errors.push(error.message),
    });
    for (const key of Object.keys(catalog)) {
      const text = intl.formatMessage({ id: key }, SAMPLE_VALUES);
      expect(text, key).not.toMatch(/[{}]/);
    }
    expect(errors).toEqual([]);
  });

  it('gives every error code a sentence of its own in both languages', () => {
    for (const code of ERROR_CODES) {
      const key = errorMessageKeys[code];
      expect(key, code).toBe(`errors.${code}`);
      expect(en[key], code).toBeTruthy();
      expect(frCA[key], code).toBeTruthy();
      expect(frCA[key], code).not.toBe(en[key]);
    }
  });

  it('words every zxcvbn warning and suggestion, with a fallback for unknown keys', () => {
    for (const key of WARNING_KEYS) {
      expect(strengthWarningKey(key), key).toBe(`strength.warning.${key}`);
    }
    for (const key of SUGGESTION_KEYS) {
      expect(strengthSuggestionKey(key), key).toBe(`strength.suggestion.${key}`);
    }
    expect(strengthWarningKey('somethingNew')).toBe('strength.warning.fallback');
    expect(strengthSuggestionKey('somethingNew')).toBe('strength.suggestion.fallback');
  });

  it('speaks of passphrases and people, never of passwords, patients or cases', () => {
    const english =
      /\b(password|patients?|cases?|compliant|compliance|refused|manipulative|attention-seeking)\b/i;
    const french = /\b(mot de passe|patients?|patientes?|cas|conforme|refusée?s?|manipulat\w*)\b/i;
    for (const [key, message] of Object.entries(en)) expect(message, key).not.toMatch(english);
    for (const [key, message] of Object.entries(frCA)) expect(message, key).not.toMatch(french);
  });
});
