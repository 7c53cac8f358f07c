import type { AppError } from './errors';

/** What every call answers across the door: a value, or an error as a value. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };
