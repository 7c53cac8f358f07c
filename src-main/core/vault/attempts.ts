import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomic-write';

/**
 * Failed unlock attempts happen while the database is closed, so they are counted in a small
 * file beside the envelope. It holds times and methods only, and it survives a restart, which is
 * what makes the wait after repeated failures mean something.
 */
export const FREE_ATTEMPTS = 5;
const FIRST_DELAY_MS = 30_000;
export const MAX_DELAY_MS = 15 * 60_000;
/** Enough detail for the audit; beyond this only the count grows. */
const MAX_PENDING = 500;

export const unlockMethodSchema = z.enum(['passphrase', 'recovery_code']);
export type UnlockMethod = z.infer<typeof unlockMethodSchema>;

const attemptsSchema = z.object({
  failures: z.number().int().nonnegative(),
  lastFailureAt: z.number().nullable(),
  /** Not yet in the audit chain; appended at the next successful unlock. */
  pending: z.array(z.object({ at: z.number(), method: unlockMethodSchema })),
  /** Failures that did not fit in `pending`. */
  pendingOverflow: z.number().int().nonnegative(),
});
export type Attempts = z.infer<typeof attemptsSchema>;

export const NO_ATTEMPTS: Attempts = {
  failures: 0,
  lastFailureAt: null,
  pending: [],
  pendingOverflow: 0,
};

/** Five tries free, then 30 s, doubling each time, never more than 15 minutes. */
export function delayAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  const doublings = Math.min(failures - FREE_ATTEMPTS, 20);
  return Math.min(FIRST_DELAY_MS * 2 ** doublings, MAX_DELAY_MS);
}

export function retryAfterMs(attempts: Attempts, now: number): number {
  if (attempts.lastFailureAt === null) return 0;
  const delay = delayAfter(attempts.failures);
  // A clock moved backwards must not turn the wait into hours: never more than the delay itself.
  const remaining = attempts.lastFailureAt + delay - now;
  return Math.max(0, Math.min(delay, Math.ceil(remaining)));
}

export function recordFailure(attempts: Attempts, now: number, method: UnlockMethod): Attempts {
  const fits = attempts.pending.length < MAX_PENDING;
  return {
    failures: attempts.failures + 1,
    lastFailureAt: now,
    pending: fits ? [...attempts.pending, { at: now, method }] : attempts.pending,
    pendingOverflow: attempts.pendingOverflow + (fits ? 0 : 1),
  };
}

export async function readAttempts(file: string): Promise<Attempts> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return NO_ATTEMPTS;
    throw error;
  }
  const parsed = attemptsSchema.safeParse(safeJson(text));
  // A damaged counter must not become a way to reset the wait: treat it as the longest wait.
  if (!parsed.success) {
    return { failures: 99, lastFailureAt: Date.now(), pending: [], pendingOverflow: 1 };
  }
  return parsed.data;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export async function writeAttempts(file: string, attempts: Attempts): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(attempts)}\n`);
}
