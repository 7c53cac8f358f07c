import { randomBytes } from 'node:crypto';

/** Crockford base 32: no I, L, O or U, so a code read aloud or copied by hand survives. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_CODE_GROUPS = 6;
const GROUP_LENGTH = 4;
const LENGTH = RECOVERY_CODE_GROUPS * GROUP_LENGTH;

/** 24 characters of 5 bits each: 120 bits from the system's CSPRNG. */
export function generateRecoveryCode(random: (size: number) => Buffer = randomBytes): string {
  const bytes = random(15);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return formatRecoveryCode(out);
}

export function formatRecoveryCode(normalized: string): string {
  const groups: string[] = [];
  for (let i = 0; i < normalized.length; i += GROUP_LENGTH) {
    groups.push(normalized.slice(i, i + GROUP_LENGTH));
  }
  return groups.join('-');
}

/**
 * The form the key derivation sees: upper case, no separators, and the characters people confuse
 * mapped as Crockford specifies (O→0, I and L→1). Returns null when it cannot be a code at all.
 */
export function normalizeRecoveryCode(typed: string): string | null {
  const cleaned = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (cleaned.length !== LENGTH) return null;
  for (const char of cleaned) {
    if (!ALPHABET.includes(char)) return null;
  }
  return cleaned;
}
