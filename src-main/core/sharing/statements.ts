import type { ConsentStatements, Language } from '../../contract';

/**
 * The plain statements the person confirms before saying yes. A new wording is a new version:
 * a consent keeps the exact words it was given with, and a screen showing an older version is
 * refused. Written at about a grade-6 reading level.
 */
export const STATEMENTS_VERSION = '2026-11-a';

export const STATEMENT_IDS = [
  'can_change_mind',
  'support_does_not_depend',
  'they_may_keep',
] as const;

const TEXT: Record<Language, Record<(typeof STATEMENT_IDS)[number], string>> = {
  en: {
    can_change_mind:
      'You can change your mind later. Tell your peer worker or any staff member, and we will stop sharing anything not yet sent.',
    support_does_not_depend: 'Your support does not depend on saying yes.',
    they_may_keep: 'The people who get this may keep what they already got.',
  },
  'fr-CA': {
    can_change_mind:
      'Vous pouvez changer d’idée plus tard. Dites-le à votre pair aidant ou à n’importe quel membre du personnel, et nous arrêterons de partager ce qui n’est pas encore envoyé.',
    support_does_not_depend: 'Votre soutien ne dépend pas de votre réponse. Vous pouvez dire non.',
    they_may_keep: 'Les personnes qui reçoivent ce texte peuvent garder ce qu’elles ont déjà reçu.',
  },
};

export function currentStatements(language: Language): ConsentStatements {
  return {
    version: STATEMENTS_VERSION,
    language,
    items: STATEMENT_IDS.map((id) => ({ id, text: TEXT[language][id] })),
  };
}
