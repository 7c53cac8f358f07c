import { describe, expect, it } from 'vitest';
import { languageFlagSchema } from '../../../src-main/contract';
import type { Language, LanguageFlag } from '../../../src-main/contract';
import {
  TERM_FILES,
  checkLanguage,
  termListSchema,
} from '../../../src-main/core/language/language.service';

function found(text: string, language: Language): [string, string][] {
  return checkLanguage(text, language).map((flag) => [flag.found, flag.termId]);
}

/** Every flag must point at exactly the words it names, by UTF-16 offsets into the text. */
function expectExactOffsets(text: string, flags: LanguageFlag[]): void {
  for (const flag of flags) {
    expect(languageFlagSchema.parse(flag)).toEqual(flag);
    expect(text.slice(flag.start, flag.end)).toBe(flag.found);
  }
  for (let i = 1; i < flags.length; i += 1) {
    expect(flags[i]!.start).toBeGreaterThanOrEqual(flags[i - 1]!.end);
  }
}

describe('the word lists', () => {
  it.each(['en', 'fr-CA'] as const)('%s parses, with unique ids and patterns', (language) => {
    const list = termListSchema.parse(TERM_FILES[language]);
    expect(list.language).toBe(language);
    expect(new Set(list.terms.map((t) => t.id)).size).toBe(list.terms.length);
    for (const term of list.terms) {
      expect(term.suggestion.trim()).not.toBe('');
      expect(term.why.trim()).not.toBe('');
    }
  });

  it.each(['en', 'fr-CA'] as const)('%s: every pattern flags itself, whole', (language) => {
    const list = termListSchema.parse(TERM_FILES[language]);
    for (const term of list.terms) {
      for (const pattern of term.patterns) {
        expect(checkLanguage(pattern, language), pattern).toEqual([
          expect.objectContaining({ start: 0, end: pattern.length, termId: term.id }),
        ]);
      }
    }
  });

  it('reject duplicate ids, a phrase under two ids, and empty suggestions', () => {
    const term = { id: 'patient', patterns: ['patient'], suggestion: 'the person', why: 'Equal.' };
    expect(termListSchema.safeParse({ language: 'en', terms: [term] }).success).toBe(true);
    expect(termListSchema.safeParse({ language: 'en', terms: [term, term] }).success).toBe(false);
    const samePhrase = { ...term, id: 'other', patterns: ['Patient'] };
    expect(termListSchema.safeParse({ language: 'en', terms: [term, samePhrase] }).success).toBe(
      false,
    );
    expect(
      termListSchema.safeParse({ language: 'en', terms: [{ ...term, suggestion: '  ' }] }).success,
    ).toBe(false);
    expect(
      termListSchema.safeParse({ language: 'en', terms: [{ ...term, patterns: [] }] }).success,
    ).toBe(false);
    expect(termListSchema.safeParse({ language: 'de', terms: [term] }).success).toBe(false);
  });
});

describe('the language check in English', () => {
  it('flags and suggests, with exact offsets', () => {
    const text = 'Client was non-compliant with meds and refused to talk. Very manipulative.';
    const flags = checkLanguage(text, 'en');
    expect(flags).toEqual([
      {
        start: 11,
        end: 24,
        found: 'non-compliant',
        termId: 'non-compliant',
        suggestion: expect.stringContaining('chose not to'),
        why: expect.any(String),
      },
      {
        start: 39,
        end: 46,
        found: 'refused',
        termId: 'refused',
        suggestion: 'decided not to / said no to',
        why: expect.any(String),
      },
      {
        start: 61,
        end: 73,
        found: 'manipulative',
        termId: 'manipulative',
        suggestion: expect.any(String),
        why: expect.any(String),
      },
    ]);
    expectExactOffsets(text, flags);
  });

  it('ignores case and keeps the words as written', () => {
    expect(found('REFUSED. Attention-Seeking. In Denial.', 'en')).toEqual([
      ['REFUSED', 'refused'],
      ['Attention-Seeking', 'attention-seeking'],
      ['In Denial', 'in-denial'],
    ]);
  });

  it('keeps the longest of overlapping matches', () => {
    expect(found('noncompliant, then compliant', 'en')).toEqual([
      ['noncompliant', 'non-compliant'],
      ['compliant', 'compliant'],
    ]);
    expect(found('He is a schizophrenic.', 'en')).toEqual([
      ['is a schizophrenic', 'schizophrenic'],
    ]);
    expect(found('a difficult patient', 'en')).toEqual([['difficult patient', 'difficult']]);
    expect(found('She has been clean for a year.', 'en')).toEqual([['been clean', 'clean']]);
  });

  it('matches across line breaks, runs of spaces and typographic hyphens', () => {
    expect(found('suffers\nfrom', 'en')).toEqual([['suffers\nfrom', 'suffers-from']]);
    expect(found('in   denial', 'en')).toEqual([['in   denial', 'in-denial']]);
    expect(found('attention\u2010seeking', 'en')).toEqual([
      ['attention\u2010seeking', 'attention-seeking'],
    ]);
  });

  it('covers the required terms', () => {
    const cases: [string, string][] = [
      ['He is noncompliant', 'non-compliant'],
      ['fully compliant', 'compliant'],
      ['refused', 'refused'],
      ['manipulative', 'manipulative'],
      ['attention-seeking', 'attention-seeking'],
      ['suffering from anxiety', 'suffers-from'],
      ['an addict', 'addict'],
      ['addicts', 'addict'],
      ['stayed clean', 'clean'],
      ['dirty urine', 'dirty'],
      ['the patient', 'patient'],
      ['he is a case', 'case'],
      ['frequent flyer', 'frequent-flyer'],
      ['difficult client', 'difficult'],
      ['resistant to treatment', 'resistant'],
      ['in denial', 'in-denial'],
      ['lacks insight', 'lacks-insight'],
      ['a schizophrenic', 'schizophrenic'],
      ['a bipolar', 'bipolar'],
      ['the mentally ill', 'mentally-ill'],
      ['relapse-prone', 'relapse-prone'],
      ['failed treatment', 'failed-treatment'],
    ];
    for (const [text, termId] of cases) {
      expect(
        checkLanguage(text, 'en').map((flag) => flag.termId),
        text,
      ).toEqual([termId]);
    }
  });

  it('does not flag ordinary words that share letters or meanings', () => {
    const ordinary = [
      'She waited patiently; her patience paid off. Be patient with yourself.',
      'A patient listener, and a patient and kind friend.',
      'Outpatient clinic, then the inpatient unit.',
      'We did casework. Just in case, bring a briefcase. In any case, a case of water.',
      'She is a case manager; in such a case we call. He made a case for moving.',
      'Cleaning the kitchen; a clean shirt; help to get clean clothes.',
      'The dirty dishes can wait.',
      'A difficult week, but it was not difficult to plan.',
      'A water-resistant coat.',
      'She has a bipolar diagnosis; a schizophrenic episode years ago.',
      'He goes to Alcoholics Anonymous on Tuesdays.',
      'The addiction services office.',
      'Refuge, refurbished, caseworker.',
    ];
    for (const text of ordinary) expect(checkLanguage(text, 'en'), text).toEqual([]);
  });

  it('finds nothing in empty or unrelated text', () => {
    expect(checkLanguage('', 'en')).toEqual([]);
    expect(checkLanguage('We planned the trip to the garden together.', 'en')).toEqual([]);
  });

  it('counts offsets in UTF-16 units, as JavaScript strings do', () => {
    const text = '🌱🌱 She refused. 😀 She was in denial.';
    const flags = checkLanguage(text, 'en');
    expect(flags.map((flag) => [flag.start, flag.found])).toEqual([
      [9, 'refused'],
      [29, 'in denial'],
    ]);
    expectExactOffsets(text, flags);
  });
});

describe('the language check in Canadian French', () => {
  it('flags and suggests, with exact offsets', () => {
    const text = 'Il a refusé de venir. Elle est manipulatrice et dans le déni.';
    const flags = checkLanguage(text, 'fr-CA');
    expect(flags.map((f) => [f.start, f.end, f.found, f.termId])).toEqual([
      [3, 11, 'a refusé', 'refus'],
      [31, 44, 'manipulatrice', 'manipulateur'],
      [48, 60, 'dans le déni', 'deni'],
    ]);
    expect(flags[0]?.suggestion).toBe('a décidé de ne pas / a dit non à');
    expectExactOffsets(text, flags);
  });

  it('covers the required terms', () => {
    const cases: [string, string][] = [
      ['Il est non-observant', 'non-observant'],
      ['non conforme', 'non-observant'],
      ['non-compliant', 'non-observant'],
      ['Elle a refusé', 'refus'],
      ['Il refuse', 'refus'],
      ['manipulateur', 'manipulateur'],
      ['recherche d’attention', 'recherche-attention'],
      ['Elle souffre de dépression', 'souffre-de'],
      ['un toxicomane', 'toxicomane'],
      ['Il est drogué', 'drogue'],
      ['droguée', 'drogue'],
      ['propre depuis six mois', 'propre'],
      ['un test sale', 'sale'],
      ['la patiente', 'patient'],
      ['C’est un cas lourd', 'cas'],
      ['Il est dans le déni', 'deni'],
      ['manque d’autocritique', 'autocritique'],
      ['un schizophrène', 'schizophrene'],
    ];
    for (const [text, termId] of cases) {
      expect(
        checkLanguage(text, 'fr-CA').map((flag) => flag.termId),
        text,
      ).toEqual([termId]);
    }
  });

  it('ignores case on accented letters, and reads accents composed or decomposed', () => {
    expect(found('DANS LE DÉNI', 'fr-CA')).toEqual([['DANS LE DÉNI', 'deni']]);
    const decomposed = 'Il est dans le de\u0301ni.';
    const flags = checkLanguage(decomposed, 'fr-CA');
    expect(flags.map((f) => f.found)).toEqual(['dans le de\u0301ni']);
    expectExactOffsets(decomposed, flags);
  });

  it('takes apostrophes straight or curly, and stops at accented letters', () => {
    expect(found("Elle souffre d'anxiété", 'fr-CA')).toEqual([["souffre d'", 'souffre-de']]);
    expect(found('Elle souffre d’anxiété', 'fr-CA')).toEqual([['souffre d’', 'souffre-de']]);
    // "refus" is a listed word; inside "refusé" it is not, though \b would have said it was.
    expect(found('Le logement a été refusé.', 'fr-CA')).toEqual([]);
    // A decomposed "é" after "drogu" is part of the word "drogué", not a boundary.
    expect(found('drogue\u0301e', 'fr-CA')).toEqual([['drogue\u0301e', 'drogue']]);
  });

  it('does not flag ordinary words', () => {
    const ordinary = [
      'Elle est patiente. Il a été patient. Merci de votre patience.',
      'En tout cas, au cas où, dans ce cas; un cas de force majeure.',
      'La cuisine est propre. Des vêtements sales.',
      'Elle parle de sa toxicomanie passée avec fierté.',
      'Le trouble bipolaire; la schizophrénie.',
      'Il va aux Alcooliques anonymes; des Alcooliques anonymes l’aident.',
      'Réfugié, refusionner, casier, cassé.',
    ];
    for (const text of ordinary) expect(checkLanguage(text, 'fr-CA'), text).toEqual([]);
  });

  it('uses only its own list', () => {
    expect(checkLanguage('The patient refused.', 'fr-CA')).toEqual([]);
    expect(checkLanguage('La patiente est dans le déni.', 'en')).toEqual([]);
  });
});
