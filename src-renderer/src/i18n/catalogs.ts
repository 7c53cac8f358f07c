import type { Language } from '../../../src-main/contract';
import { en, type Catalog } from './en';
import { frCA } from './fr-CA';

export const catalogs: Record<Language, Catalog> = { en, 'fr-CA': frCA };

export function isMessageKey(value: string): value is keyof Catalog {
  return Object.hasOwn(en, value);
}
