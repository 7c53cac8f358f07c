import { hashRaw } from '@node-rs/argon2';
import type { Algorithm } from '@node-rs/argon2';
import { z } from 'zod';

export const kdfParamsSchema = z.object({
  name: z.literal('argon2id'),
  /** Argon2 version 0x13 (19), the only one in use. */
  version: z.literal(19),
  memoryKiB: z.number().int().positive(),
  iterations: z.number().int().positive(),
  parallelism: z.number().int().min(1).max(255),
  outputBytes: z.literal(32),
});
export type KdfParams = z.infer<typeof kdfParamsSchema>;
export type KdfCost = Pick<KdfParams, 'memoryKiB' | 'iterations' | 'parallelism'>;

/**
 * 128 MiB and four passes: measured at about 180 ms on the build machine's cores (npm run bench),
 * so roughly 150–400 ms on an agency laptop; far above OWASP's minimum. Stored in the envelope so
 * a later version can raise it when the passphrase is next changed.
 */
export const DEFAULT_KDF_COST: KdfCost = { memoryKiB: 131_072, iterations: 4, parallelism: 1 };

/**
 * OWASP's Argon2id minimums: 19 MiB with 2 passes, or 46 MiB with 1 pass (equivalent trade-offs).
 * A lower cost is refused, whoever asks for it.
 */
export function meetsOwaspMinimum(cost: KdfCost): boolean {
  if (cost.memoryKiB >= 47_104 && cost.iterations >= 1) return true;
  return cost.memoryKiB >= 19_456 && cost.iterations >= 2;
}

export function kdfParams(cost: KdfCost): KdfParams {
  if (!meetsOwaspMinimum(cost)) {
    throw new Error('Argon2id cost is below the OWASP minimum');
  }
  return { name: 'argon2id', version: 19, ...cost, outputBytes: 32 };
}

const ARGON2ID = 2 as Algorithm;

/** Derives a 256-bit key-encryption key. Runs on libuv's pool, so the calling thread is free. */
export async function deriveKek(
  secret: string,
  salt: Uint8Array,
  params: KdfParams,
): Promise<Buffer> {
  return hashRaw(Buffer.from(secret.normalize('NFC'), 'utf8'), {
    algorithm: ARGON2ID,
    memoryCost: params.memoryKiB,
    timeCost: params.iterations,
    parallelism: params.parallelism,
    outputLen: params.outputBytes,
    salt,
  });
}
