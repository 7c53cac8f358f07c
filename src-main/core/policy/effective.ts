import type { ReleaseFormat } from '../../contract';
import type { KdfCost } from '../vault/kdf';
import { DEFAULT_KDF_COST } from '../vault/kdf';

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
  /**
   * The lowest Argon2id cost for a new key slot. New slots use whichever is higher, field by
   * field, of this and the build's own cost; absent means the build's cost alone.
   */
  kdfFloor?: KdfCost;
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

/**
 * In force when the agency's file exists but cannot be read or does not fit the schema. The
 * agency meant to set something, and we cannot tell what, so every rule takes its strictest
 * sensible value rather than falling back to the loosest:
 *   - the vault locks after at most 5 idle minutes;
 *   - a new passphrase must reach zxcvbn's top score, 4;
 *   - new key slots cost at least the build's Argon2id cost;
 *   - a consent lasts 7 days unless shortened, 30 at the most;
 *   - nothing may be released, and the funder report is off.
 * docs/IT.md repeats this list; change both together.
 */
export const STRICTEST_POLICY: EffectivePolicy = {
  idleLockMaxMinutes: 5,
  minPassphraseScore: 4,
  consentDefaultDays: 7,
  consentMaxDays: 30,
  releaseFormats: [],
  funderReportEnabled: false,
  kdfFloor: DEFAULT_KDF_COST,
};
