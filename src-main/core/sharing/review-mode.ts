import type { Channel, ErrorCode, Language } from '../../contract';

/**
 * What may be asked while the person reads the screen: the review itself, the vault's state and
 * locking, the idle timer, and the settings the screen is drawn with. Nothing that could bring
 * another person's name or words onto it.
 */
const OPEN_IN_REVIEW: ReadonlySet<Channel> = new Set<Channel>([
  'vault.status',
  'vault.lock',
  'session.activity',
  'settings.get',
]);

export interface ReviewSession {
  shareId: string;
  personId: string;
  /** The language the statements were last shown in: a yes records exactly those words. */
  language: Language;
}

/**
 * Review mode lives in memory only: a restart or a lock ends it, which is the safe way to end.
 * The router asks `refusal` before every call.
 */
export class ReviewMode {
  #session: ReviewSession | null = null;

  get session(): ReviewSession | null {
    return this.#session;
  }

  begin(session: ReviewSession): void {
    this.#session = { ...session };
  }

  showIn(language: Language): void {
    if (this.#session) this.#session.language = language;
  }

  end(): void {
    this.#session = null;
  }

  refusal(channel: Channel): ErrorCode | null {
    if (!this.#session) return null;
    if (channel.startsWith('review.') || OPEN_IN_REVIEW.has(channel)) return null;
    return 'IN_REVIEW';
  }
}
