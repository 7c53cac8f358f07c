import type { Clock } from '../ports';

/**
 * Decides when the vault has been left alone long enough to lock. It only measures; the core
 * checks it on a timer and on demand, so tests can move a fake clock and ask.
 */
export class IdleLock {
  readonly #clock: Clock;
  #lastActivity: number;
  #timeoutMs: number;

  constructor(clock: Clock, timeoutMs: number) {
    this.#clock = clock;
    this.#timeoutMs = timeoutMs;
    this.#lastActivity = clock.now();
  }

  touch(): void {
    this.#lastActivity = this.#clock.now();
  }

  setTimeout(timeoutMs: number): void {
    this.#timeoutMs = timeoutMs;
  }

  isIdle(): boolean {
    return this.#clock.now() - this.#lastActivity >= this.#timeoutMs;
  }
}
