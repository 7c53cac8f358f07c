import type { Clock } from '../../src-main/core/ports';

export class FakeClock implements Clock {
  #now: number;

  constructor(start = Date.UTC(2026, 10, 23, 9, 0, 0)) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  advance(ms: number): void {
    this.#now += ms;
  }
}
