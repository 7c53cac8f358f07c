import { readFileSync } from 'node:fs';
import { POLICY_KEYS } from '../../contract';
import type { PolicyKey, PolicyStatus } from '../../contract';
import type { KdfCost } from '../vault/kdf';
import { DEFAULT_POLICY, STRICTEST_POLICY } from './effective';
import type { EffectivePolicy } from './effective';
import { agencyPolicySchema } from './schema';
import type { AgencyPolicy } from './schema';

export type LoadedPolicy = Omit<PolicyStatus, 'effective'> & { effective: EffectivePolicy };

/**
 * Reads the agency's file. Synchronous on purpose: it is a few hundred bytes, read at start and
 * at each unlock, and the rules must be in force before the first call is answered.
 */
export function loadPolicyFile(file: string | undefined): LoadedPolicy {
  if (file === undefined) return none();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return none();
    return malformed('policy_unreadable');
  }
  let json: unknown;
  try {
    // Notepad and PowerShell's `Out-File -Encoding utf8` start the file with a byte-order mark,
    // which JSON.parse refuses; it says nothing about the rules, so it is dropped.
    json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return malformed('policy_invalid');
  }
  const parsed = agencyPolicySchema.safeParse(json);
  if (!parsed.success) return malformed('policy_invalid');
  return {
    effective: applyAgencyPolicy(parsed.data),
    locked: POLICY_KEYS.filter((key) => parsed.data[key] !== undefined),
    source: 'agency',
  };
}

/** The built-in defaults with the agency's values laid over them. */
export function applyAgencyPolicy(file: AgencyPolicy): EffectivePolicy {
  const consentMaxDays =
    file.consentMaxDays ?? Math.max(DEFAULT_POLICY.consentMaxDays, file.consentDefaultDays ?? 0);
  const effective: EffectivePolicy = {
    idleLockMaxMinutes: file.idleLockMaxMinutes ?? DEFAULT_POLICY.idleLockMaxMinutes,
    minPassphraseScore: file.minPassphraseScore ?? DEFAULT_POLICY.minPassphraseScore,
    consentDefaultDays: Math.min(
      file.consentDefaultDays ?? DEFAULT_POLICY.consentDefaultDays,
      consentMaxDays,
    ),
    consentMaxDays,
    releaseFormats: file.releaseFormats ?? DEFAULT_POLICY.releaseFormats,
    funderReportEnabled: file.funderReportEnabled ?? DEFAULT_POLICY.funderReportEnabled,
  };
  return file.kdfFloor ? { ...effective, kdfFloor: file.kdfFloor } : effective;
}

/** The Argon2id cost for a new key slot: the build's own, raised to the agency's floor. */
export function slotCost(buildCost: KdfCost, floor: KdfCost | undefined): KdfCost {
  if (!floor) return buildCost;
  return {
    memoryKiB: Math.max(buildCost.memoryKiB, floor.memoryKiB),
    iterations: Math.max(buildCost.iterations, floor.iterations),
    parallelism: Math.max(buildCost.parallelism, floor.parallelism),
  };
}

function none(): LoadedPolicy {
  return { effective: DEFAULT_POLICY, locked: [], source: 'none' };
}

function malformed(warning: 'policy_unreadable' | 'policy_invalid'): LoadedPolicy {
  // Nothing the worker sets may loosen a rule the agency may have meant to set.
  const locked: PolicyKey[] = [...POLICY_KEYS];
  return { effective: STRICTEST_POLICY, locked, source: 'malformed', warning };
}
