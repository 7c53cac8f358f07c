export const RECOVERY_CODE_GROUPS = 6;
const GROUP_LENGTH = 4;
const CROCKFORD = /^[0-9A-HJKMNP-TV-Z]*$/;

/**
 * The same tolerance as the core: case, spaces and dashes do not matter, and the letters people
 * mistake for digits (O, I, L) count as the digits, as Crockford base 32 specifies.
 */
export function normalizeRecoveryCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export function recoveryCodeGroups(code: string): string[] {
  const normalized = normalizeRecoveryCode(code);
  const groups: string[] = [];
  for (let i = 0; i < normalized.length; i += GROUP_LENGTH) {
    groups.push(normalized.slice(i, i + GROUP_LENGTH));
  }
  return groups;
}

export function looksLikeRecoveryCode(typed: string): boolean {
  const normalized = normalizeRecoveryCode(typed);
  return normalized.length === RECOVERY_CODE_GROUPS * GROUP_LENGTH && CROCKFORD.test(normalized);
}

export function groupMatches(typed: string, expected: string): boolean {
  return normalizeRecoveryCode(typed) === normalizeRecoveryCode(expected);
}

/** Two different group indexes (0-based, ascending), so no one can guess which will be asked. */
export function pickTwoGroups(
  count: number = RECOVERY_CODE_GROUPS,
  random: () => number = Math.random,
): [number, number] {
  const first = Math.floor(random() * count);
  let second = Math.floor(random() * (count - 1));
  if (second >= first) second += 1;
  return first < second ? [first, second] : [second, first];
}
