import type { AppError, ErrorCode } from '../contract';

/**
 * Thrown inside the core for an expected refusal; the router turns it into an error value.
 * `message` is for developers and must never contain content or secrets.
 */
export class AppFailure extends Error {
  readonly code: ErrorCode;
  readonly retryAfterMs: number | undefined;

  constructor(code: ErrorCode, message: string, retryAfterMs?: number) {
    super(message);
    this.name = 'AppFailure';
    this.code = code;
    this.retryAfterMs = retryAfterMs;
  }

  toError(): AppError {
    return this.retryAfterMs === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, retryAfterMs: this.retryAfterMs };
  }
}
