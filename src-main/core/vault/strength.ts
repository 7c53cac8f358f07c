import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as fr from '@zxcvbn-ts/language-fr';
import type { Strength } from '../../contract';

/** zxcvbn score 3: "safely unguessable", the floor for a key that guards people's notes. */
export const DEFAULT_MIN_SCORE = 3;

let factory: ZxcvbnFactory | null = null;

function estimator(): ZxcvbnFactory {
  // Built on first use: the dictionaries take tens of milliseconds to index.
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary, ...fr.dictionary },
    graphs: common.adjacencyGraphs,
  });
  return factory;
}

/**
 * Without translations zxcvbn-ts answers with its message keys; the renderer words them in the
 * person's language.
 */
export function measureStrength(passphrase: string, minScore: number): Strength {
  const result = estimator().check(passphrase);
  const score = result.score;
  return {
    score,
    minScore,
    acceptable: score >= minScore,
    warning: result.feedback.warning ?? null,
    suggestions: [...result.feedback.suggestions],
  };
}
