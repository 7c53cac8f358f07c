import { z } from 'zod';
import { languageSchema } from '../../contract';
import type { Language, LanguageFlag } from '../../contract';
import en from './terms.en.json';
import frCA from './terms.fr-CA.json';

/**
 * The language check: local, rule-based, advisory. It points at deficit or clinical words and
 * offers person-first, strengths-based ones; it never blocks anything. The word lists are data
 * (terms.<language>.json) so they can be reviewed and extended without touching this code.
 */

const word = z.string().trim().min(1).max(60);

export const termSchema = z
  .object({
    /** Stable across releases: a dismissed flag is remembered by this id. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    /** Literal phrases, matched whole-word and case-insensitively. */
    patterns: z.array(word).min(1),
    suggestion: z.string().trim().min(1),
    why: z.string().trim().min(1),
    /** Single words that, right after a match, show the ordinary meaning ("a case of"). */
    exceptFollowedBy: z.array(word).optional(),
    /** Single words that, right before a match, show the ordinary meaning ("such a case"). */
    exceptPrecededBy: z.array(word).optional(),
  })
  .strict();
export type Term = z.infer<typeof termSchema>;

export const termListSchema = z
  .object({
    language: languageSchema,
    /** Why the list is shaped as it is, for whoever maintains it. */
    notes: z.array(z.string()).optional(),
    terms: z.array(termSchema).min(1),
  })
  .strict()
  .superRefine((list, ctx) => {
    const ids = new Set<string>();
    const patterns = new Map<string, string>();
    list.terms.forEach((term, index) => {
      if (ids.has(term.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['terms', index, 'id'],
          message: `Duplicate id ${term.id}`,
        });
      }
      ids.add(term.id);
      for (const pattern of term.patterns) {
        // One phrase, one meaning: the same words under two ids would flag unpredictably.
        const key = foldForComparison(pattern);
        const owner = patterns.get(key);
        if (owner !== undefined && owner !== term.id) {
          ctx.addIssue({
            code: 'custom',
            path: ['terms', index, 'patterns'],
            message: `"${pattern}" is also listed under ${owner}`,
          });
        }
        patterns.set(key, term.id);
      }
    });
  });
export type TermList = z.infer<typeof termListSchema>;

export const TERM_FILES: Record<Language, unknown> = { en, 'fr-CA': frCA };

interface CompiledPattern {
  term: Term;
  regex: RegExp;
  /** Whether the pattern begins with a letter or digit, so must not continue a word. */
  wordStart: boolean;
  /** Whether the pattern ends with a letter or digit, so must not run into the next word. */
  wordEnd: boolean;
}

interface Compiled {
  patterns: CompiledPattern[];
  followedBy: Map<Term, Set<string>>;
  precededBy: Map<Term, Set<string>>;
}

const compiledByLanguage = new Map<Language, Compiled>();

/**
 * Flags in `text`, sorted by position, never overlapping. Offsets are UTF-16 indexes into the
 * text as given, so the renderer can slice the same string it sent.
 */
export function checkLanguage(text: string, language: Language): LanguageFlag[] {
  const compiled = compiledFor(language);
  const candidates: LanguageFlag[] = [];
  for (const { term, regex, wordStart, wordEnd } of compiled.patterns) {
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      const whole = !(wordStart && wordBefore(text, start)) && !(wordEnd && wordAfter(text, end));
      if (!whole || isExcepted(text, start, end, term, compiled)) {
        // A rejected match must not hide one that starts inside it.
        regex.lastIndex = start + 1;
        continue;
      }
      candidates.push({
        start,
        end,
        found: match[0],
        termId: term.id,
        suggestion: term.suggestion,
        why: term.why,
      });
    }
  }
  return longestWithoutOverlap(candidates);
}

/** Parsed and compiled once per language, on first use, so start-up does not pay for it. */
function compiledFor(language: Language): Compiled {
  const cached = compiledByLanguage.get(language);
  if (cached) return cached;
  const list = termListSchema.parse(TERM_FILES[language]);
  if (list.language !== language) {
    throw new Error(`The ${language} word list says it is ${list.language}`);
  }
  const compiled: Compiled = { patterns: [], followedBy: new Map(), precededBy: new Map() };
  for (const term of list.terms) {
    for (const pattern of term.patterns) {
      compiled.patterns.push(compilePattern(term, pattern));
    }
    if (term.exceptFollowedBy) {
      compiled.followedBy.set(term, new Set(term.exceptFollowedBy.map(foldForComparison)));
    }
    if (term.exceptPrecededBy) {
      compiled.precededBy.set(term, new Set(term.exceptPrecededBy.map(foldForComparison)));
    }
  }
  compiledByLanguage.set(language, compiled);
  return compiled;
}

/** Letters, digits, and the combining marks of a decomposed accent, which belong to their letter. */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const ENDS_IN_WORD_CHAR = /[\p{L}\p{N}\p{M}]$/u;
const STARTS_WITH_WORD_CHAR = /^[\p{L}\p{N}\p{M}]/u;
const HYPHENS = '[-\\u2010\\u2011]';
const APOSTROPHES = "['\\u2019\\u02BC]";

/**
 * A literal phrase as a regular expression. Word boundaries are checked apart from it: `\b` knows
 * only ASCII letters, so it would find "refus" inside "refusé", and Unicode-aware lookarounds
 * cost V8 close to a millisecond each to compile, hundreds of them at the first check. Boundaries
 * apply only next to a letter or digit, so "souffre d'" still matches before the next word.
 */
function compilePattern(term: Term, pattern: string): CompiledPattern {
  const chars = [...pattern.normalize('NFC').trim().replace(/\s+/gu, ' ')];
  let source = '';
  for (const char of chars) {
    if (char === ' ') source += '\\s+';
    else if (char === '-') source += HYPHENS;
    else if (char === "'" || char === '\u2019') source += APOSTROPHES;
    else {
      // Text may hold an accent as one code point or as letter plus combining mark; match both.
      const decomposed = char.normalize('NFD');
      source += decomposed === char ? escape(char) : `(?:${escape(char)}|${escape(decomposed)})`;
    }
  }
  return {
    term,
    regex: new RegExp(source, 'giu'),
    wordStart: WORD_CHAR.test(chars[0] ?? ''),
    wordEnd: WORD_CHAR.test(chars[chars.length - 1] ?? ''),
  };
}

/** Two code units back, so a letter outside the BMP is read whole. */
function wordBefore(text: string, index: number): boolean {
  return ENDS_IN_WORD_CHAR.test(text.slice(Math.max(0, index - 2), index));
}

function wordAfter(text: string, index: number): boolean {
  return STARTS_WITH_WORD_CHAR.test(text.slice(index, index + 2));
}

function escape(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&');
}

const NEXT_WORD = /^[\s\-\u2010\u2011]*([\p{L}\p{N}\p{M}]+)/u;
const PREVIOUS_WORD = /([\p{L}\p{N}\p{M}]+)[\s\-\u2010\u2011]*$/u;
/** Far enough back to hold any one word and the spaces before the match. */
const LOOK_BACK = 80;

function isExcepted(
  text: string,
  start: number,
  end: number,
  term: Term,
  compiled: Compiled,
): boolean {
  const followedBy = compiled.followedBy.get(term);
  if (followedBy) {
    const next = NEXT_WORD.exec(text.slice(end, end + LOOK_BACK))?.[1];
    if (next !== undefined && followedBy.has(foldForComparison(next))) return true;
  }
  const precededBy = compiled.precededBy.get(term);
  if (precededBy) {
    const previous = PREVIOUS_WORD.exec(text.slice(Math.max(0, start - LOOK_BACK), start))?.[1];
    if (previous !== undefined && precededBy.has(foldForComparison(previous))) return true;
  }
  return false;
}

function foldForComparison(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/** The longest match wins an overlap; between equals, the earlier one. */
function longestWithoutOverlap(candidates: LanguageFlag[]): LanguageFlag[] {
  const byStrength = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: LanguageFlag[] = [];
  for (const candidate of byStrength) {
    if (kept.every((k) => candidate.end <= k.start || candidate.start >= k.end)) {
      kept.push(candidate);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}
