import { describe, expect, it } from 'vitest';
import { searchTokens, toMatchQuery } from '../../../src-main/core/search/query';

describe('the MATCH expression built from typed text', () => {
  it('quotes every word, ANDs them, and makes the last one a prefix', () => {
    expect(toMatchQuery('garden bus')).toBe('"garden" "bus"*');
    expect(toMatchQuery('gar')).toBe('"gar"*');
  });

  it('is null when nothing searchable was typed', () => {
    for (const text of ['', '   ', '\n\t', '"()*:-^+', '…', '😀 ✨']) {
      expect(toMatchQuery(text)).toBeNull();
    }
  });

  it('drops FTS5 syntax and keeps operator words only as quoted words', () => {
    expect(toMatchQuery('"garden" OR (bus*) NOT -soil')).toBe('"garden" "OR" "bus" "NOT" "soil"*');
    expect(toMatchQuery('NEAR(garden bus, 2)')).toBe('"NEAR" "garden" "bus" "2"*');
    expect(toMatchQuery('talked_about:garden ^bus +soil')).toBe(
      '"talked" "about" "garden" "bus" "soil"*',
    );
  });

  it('splits on apostrophes and hyphens the way the index does', () => {
    expect(toMatchQuery("recherche d'attention")).toBe('"recherche" "d" "attention"*');
    expect(toMatchQuery('non-compliant')).toBe('"non" "compliant"*');
  });

  it('keeps accents and composes decomposed letters', () => {
    expect(searchTokens('re\u0301union à l’hôpital')).toEqual(['réunion', 'à', 'l', 'hôpital']);
  });
});
