import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_DELAY_MS,
  NO_ATTEMPTS,
  delayAfter,
  recordFailure,
  retryAfterMs,
} from '../../../src-main/core/vault/attempts';
import { DEFAULT_KDF_COST, kdfParams, meetsOwaspMinimum } from '../../../src-main/core/vault/kdf';
import {
  formatRecoveryCode,
  generateRecoveryCode,
  normalizeRecoveryCode,
} from '../../../src-main/core/vault/recovery-code';
import { measureStrength } from '../../../src-main/core/vault/strength';

describe('the unlock wait', () => {
  it('is free for five failures, then doubles from 30 s, capped at 15 minutes', () => {
    expect([0, 1, 4].map(delayAfter)).toEqual([0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10, 11, 50, 1000].map(delayAfter)).toEqual([
      30_000, 60_000, 120_000, 240_000, 480_000, 900_000, 900_000, 900_000, 900_000,
    ]);
  });

  it('never asks for longer than the delay, even if the clock moved backwards', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: -1e10, max: 1e10 }),
        (failures, skew) => {
          let attempts = NO_ATTEMPTS;
          for (let i = 0; i < failures; i += 1)
            attempts = recordFailure(attempts, 1e12, 'passphrase');
          const wait = retryAfterMs(attempts, 1e12 + skew);
          expect(wait).toBeGreaterThanOrEqual(0);
          expect(wait).toBeLessThanOrEqual(MAX_DELAY_MS);
        },
      ),
    );
  });
});

describe('the recovery code', () => {
  it('has 24 Crockford characters in six groups and differs every time', () => {
    const codes = new Set(Array.from({ length: 200 }, () => generateRecoveryCode()));
    expect(codes.size).toBe(200);
    for (const code of codes)
      expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){5}[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('survives the ways people retype it', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 15, maxLength: 15 }), (bytes) => {
        const code = generateRecoveryCode(() => Buffer.from(bytes));
        const canonical = code.replace(/-/g, '');
        expect(normalizeRecoveryCode(code)).toBe(canonical);
        expect(normalizeRecoveryCode(` ${code.toLowerCase().replace(/-/g, ' ')} `)).toBe(canonical);
        expect(normalizeRecoveryCode(code.replace(/0/g, 'O').replace(/1/g, 'l'))).toBe(canonical);
        expect(formatRecoveryCode(canonical)).toBe(code);
      }),
    );
    expect(normalizeRecoveryCode('too short')).toBeNull();
    expect(normalizeRecoveryCode('UUUU-UUUU-UUUU-UUUU-UUUU-UUUU')).toBeNull();
  });
});

describe('the key derivation cost', () => {
  it('defaults to 128 MiB and 4 passes, and refuses anything under OWASP’s minimum', () => {
    expect(DEFAULT_KDF_COST).toEqual({ memoryKiB: 131_072, iterations: 4, parallelism: 1 });
    expect(meetsOwaspMinimum({ memoryKiB: 19_456, iterations: 2, parallelism: 1 })).toBe(true);
    expect(meetsOwaspMinimum({ memoryKiB: 47_104, iterations: 1, parallelism: 1 })).toBe(true);
    expect(meetsOwaspMinimum({ memoryKiB: 19_455, iterations: 2, parallelism: 1 })).toBe(false);
    expect(meetsOwaspMinimum({ memoryKiB: 32_768, iterations: 1, parallelism: 1 })).toBe(false);
    expect(() => kdfParams({ memoryKiB: 4096, iterations: 1, parallelism: 1 })).toThrow(/OWASP/);
  });
});

describe('the strength meter', () => {
  it('scores common passwords low with a reason and long unusual phrases high', () => {
    const weak = measureStrength('password1', 3);
    expect(weak).toMatchObject({ acceptable: false, minScore: 3 });
    expect(weak.warning).not.toBeNull();
    expect(measureStrength('motdepasse', 3).acceptable).toBe(false);
    expect(measureStrength('otter lantern quietly folds maps', 3)).toMatchObject({
      acceptable: true,
      score: 4,
    });
  });
});
