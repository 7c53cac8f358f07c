import { describe, expect, it } from 'vitest';
import {
  groupMatches,
  looksLikeRecoveryCode,
  normalizeRecoveryCode,
  pickTwoGroups,
  recoveryCodeGroups,
} from '../../src-renderer/src/features/vault/recovery-code';
import { formatWait } from '../../src-renderer/src/features/vault/useCountdown';

describe('recovery code helpers', () => {
  it('splits a code into its six groups', () => {
    expect(recoveryCodeGroups('7KQ2-M9XD-4HTB-PW3E-ZR8N-6CJV')).toEqual([
      '7KQ2',
      'M9XD',
      '4HTB',
      'PW3E',
      'ZR8N',
      '6CJV',
    ]);
  });

  it('forgives case, spaces, dashes and Crockford look-alikes', () => {
    expect(normalizeRecoveryCode(' a1b0-c ')).toBe('A1B0C');
    expect(groupMatches('ilo0', '1100')).toBe(true);
    expect(groupMatches('1101', '1100')).toBe(false);
  });

  it('recognises the shape of a whole code', () => {
    expect(looksLikeRecoveryCode('7kq2 m9xd 4htb pw3e zr8n 6cjv')).toBe(true);
    expect(looksLikeRecoveryCode('7KQ2-M9XD-4HTB-PW3E-ZR8N')).toBe(false);
    expect(looksLikeRecoveryCode('7KQ2-M9XD-4HTB-PW3E-ZR8N-6CJU')).toBe(false);
  });

  it('always asks for two different groups, in order', () => {
    const randoms = [0, 0.01, 0.2, 0.5, 0.7, 0.99, 0.999];
    for (const a of randoms) {
      for (const b of randoms) {
        const values = [a, b];
        const [first, second] = pickTwoGroups(6, () => values.shift() ?? 0);
        expect(first).toBeGreaterThanOrEqual(0);
        expect(second).toBeLessThan(6);
        expect(first).toBeLessThan(second);
      }
    }
  });

  it('formats a wait as minutes and seconds, rounding up', () => {
    expect(formatWait(30_000)).toBe('0:30');
    expect(formatWait(29_001)).toBe('0:30');
    expect(formatWait(900_000)).toBe('15:00');
    expect(formatWait(61_000)).toBe('1:01');
  });
});
