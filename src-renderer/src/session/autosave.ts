import type { ErrorCode } from '../../../src-main/contract';
import { errorCode } from '../errors';

export type SaveStatus =
  | { kind: 'idle' }
  /** Changes typed and not yet saved, or a save on its way. */
  | { kind: 'saving' }
  | { kind: 'saved'; savedAt: string }
  /** The core had a passing problem; the same text is sent again after a pause. */
  | { kind: 'retrying' }
  /** The core refused; the text stays in the form and the next change tries again. */
  | { kind: 'failed'; code: ErrorCode };

export interface AutosaveOptions {
  delayMs?: number;
  retryBaseMs?: number;
  retryMaxMs?: number;
}

/** An editor that is no longer on screen still tries a few times, then gives up. */
const RETRIES_AFTER_DETACH = 3;

/**
 * Saves the latest value about `delayMs` after the last change, one save at a time: changes
 * made while a save is on its way are coalesced into the next one, so the core never sees two
 * saves of the same record in flight and never sees an older value after a newer one.
 */
export class Autosaver<T> {
  private pending: { value: T } | null = null;
  private inFlight: Promise<void> | null = null;
  private flushAgain = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private attempt = 0;
  private attached = true;
  private abandoned = false;
  private readonly delayMs: number;
  private readonly retryBaseMs: number;
  private readonly retryMaxMs: number;

  constructor(
    private save: (value: T) => Promise<{ savedAt: string }>,
    private readonly onStatus: (status: SaveStatus) => void,
    options: AutosaveOptions = {},
  ) {
    this.delayMs = options.delayMs ?? 800;
    this.retryBaseMs = options.retryBaseMs ?? 1_000;
    this.retryMaxMs = options.retryMaxMs ?? 30_000;
  }

  /** The editor's newest save function (it closes over the record it saves). */
  saveWith(save: (value: T) => Promise<{ savedAt: string }>): void {
    this.save = save;
  }

  get hasUnsaved(): boolean {
    return this.pending !== null || this.inFlight !== null;
  }

  /** The newest value not yet saved, if any: what the form should show when it comes back. */
  get unsaved(): T | undefined {
    return this.pending?.value;
  }

  change = (value: T): void => {
    if (this.abandoned) return;
    this.pending = { value };
    this.clearTimers();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.delayMs);
    this.status({ kind: 'saving' });
  };

  /** Saves now whatever is waiting; resolves once nothing is left to save (or saving failed). */
  flush = (): Promise<void> => {
    this.clearTimers();
    if (this.abandoned) return Promise.resolve();
    if (this.inFlight) {
      this.flushAgain = true;
      return this.inFlight;
    }
    if (this.pending === null) return Promise.resolve();
    this.inFlight = this.drain().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  };

  /** The editor left the screen: save what is left, with a few retries at most. */
  detach(): Promise<void> {
    this.attached = false;
    return this.flush();
  }

  get isAttached(): boolean {
    return this.attached;
  }

  attach(): void {
    this.attached = true;
  }

  /** After a lock: drop everything, including unsent text, and never call back again. */
  abandon(): void {
    this.abandoned = true;
    this.pending = null;
    this.clearTimers();
  }

  private status(status: SaveStatus): void {
    if (!this.abandoned) this.onStatus(status);
  }

  private clearTimers(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.timer = null;
    this.retryTimer = null;
  }

  private async drain(): Promise<void> {
    while (this.pending !== null && !this.abandoned) {
      const { value } = this.pending;
      this.pending = null;
      this.flushAgain = false;
      this.status({ kind: 'saving' });
      try {
        const { savedAt } = await this.save(value);
        this.attempt = 0;
        if (this.pending === null) {
          this.status({ kind: 'saved', savedAt });
          return;
        }
        // Newer changes arrived meanwhile: their own timer sends them, unless a flush asked now.
        if (this.timer !== null && !this.flushAgain) return;
      } catch (error) {
        // Put the text back, unless something newer already replaced it.
        this.pending ??= { value };
        const code = errorCode(error);
        if (code === 'INTERNAL') this.scheduleRetry();
        else this.status({ kind: 'failed', code });
        return;
      }
    }
  }

  private scheduleRetry(): void {
    if (this.abandoned) return;
    if (!this.attached && this.attempt >= RETRIES_AFTER_DETACH) return;
    const delay = Math.min(this.retryBaseMs * 2 ** this.attempt, this.retryMaxMs);
    this.attempt += 1;
    this.status({ kind: 'retrying' });
    if (this.timer !== null) return; // a change is already waiting to be sent
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.flush();
    }, delay);
  }
}

/** Every editor open right now, so a lock or a closing window can save them first. */
const live = new Set<Autosaver<never>>();

export function registerAutosaver<T>(saver: Autosaver<T>): () => void {
  const entry = saver as unknown as Autosaver<never>;
  live.add(entry);
  return () => live.delete(entry);
}

/** Sends every waiting save now; resolves when they are answered, or after `timeoutMs`. */
export function flushAllSaves(timeoutMs = 1_500): Promise<void> {
  const all = Promise.allSettled([...live].map((saver) => saver.flush())).then(() => undefined);
  return Promise.race([all, new Promise<void>((resolve) => setTimeout(resolve, timeoutMs))]);
}

/** After a lock nothing typed may linger in memory, saved or not. */
export function abandonAllSaves(): void {
  for (const saver of live) saver.abandon();
  live.clear();
}
