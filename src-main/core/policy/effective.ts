import type { ReleaseFormat } from '../../contract';

/**
 * The rules in force: the agency's policy file combined with the built-in defaults (a user can
 * only make them stricter). Services read it through `CoreContext.policy()` at the moment they
 * need it, so a changed policy applies at once.
 */
export interface EffectivePolicy {
  idleLockMaxMinutes: number;
  minPassphraseScore: number;
  /** Default and longest life of a consent, in days. */
  consentDefaultDays: number;
  consentMaxDays: number;
  releaseFormats: readonly ReleaseFormat[];
  funderReportEnabled: boolean;
}

/** In force when no agency policy file exists. */
export const DEFAULT_POLICY: EffectivePolicy = {
  idleLockMaxMinutes: 60,
  minPassphraseScore: 3,
  consentDefaultDays: 30,
  consentMaxDays: 365,
  releaseFormats: ['pdf', 'fhir_json'],
  funderReportEnabled: true,
};
