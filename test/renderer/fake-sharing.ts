import type {
  AppError,
  Channel,
  ChannelInput,
  ChannelOutput,
  Consent,
  ConsentStatements,
  EventPayload,
  Language,
  Recipient,
  RecipientFields,
  Release,
  ReleaseFormat,
  Result,
  Review,
  Share,
  ShareFields,
  ShareQuote,
  ShareStatus,
} from '../../src-main/contract';
import type { FakeRecord } from './fake-record';

type Handler<C extends Channel> = (
  input: ChannelInput<C>,
) => Result<ChannelOutput<C>> | Promise<Result<ChannelOutput<C>>>;

export type SharingChannel = Extract<
  Channel,
  `recipients.${string}` | `shares.${string}` | `review.${string}`
>;
type SharingHandlers = { [C in SharingChannel]: Handler<C> };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A stand-in for SHA-256 (the renderer's tests have no Node crypto, and Web Crypto is async):
 * 64 hex digits from eight FNV-1a runs with different seeds. Equal text, equal digest is all
 * the fake needs; the real core uses SHA-256.
 */
export function fakeDigest(text: string): string {
  let out = '';
  for (let seed = 0; seed < 8; seed += 1) {
    let hash = (0x811c9dc5 ^ seed) >>> 0;
    for (let i = 0; i < text.length; i += 1) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    out += hash.toString(16).padStart(8, '0');
  }
  return out;
}

function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

function fail(code: AppError['code'], message: string): { ok: false; error: AppError } {
  return { ok: false, error: { code, message } };
}

/** The statements the core shows, per language; the fake's are short but shaped the same. */
export const FAKE_STATEMENTS: Record<Language, ConsentStatements> = {
  en: {
    version: 'statements-v1',
    language: 'en',
    items: [
      { id: 'can-withdraw', text: 'I can change my mind later by telling my worker.' },
      { id: 'support-stays', text: 'My support does not depend on saying yes.' },
      { id: 'recipient-keeps', text: 'The recipient may keep what they received.' },
    ],
  },
  'fr-CA': {
    version: 'statements-v1',
    language: 'fr-CA',
    items: [
      {
        id: 'can-withdraw',
        text: 'Je peux changer d’idée plus tard en le disant à mon intervenant.',
      },
      { id: 'support-stays', text: 'Mon soutien ne dépend pas de mon oui.' },
      { id: 'recipient-keeps', text: 'Le destinataire peut garder ce qu’il a reçu.' },
    ],
  },
};

interface StoredShare {
  id: string;
  personId: string;
  recipientId: string;
  purpose: string;
  body: string;
  quotes: ShareQuote[];
  status: ShareStatus;
  contentVersion: number;
  createdAt: string;
  updatedAt: string;
  consents: Consent[];
  releases: Release[];
}

/** What the fake needs of the fake vault: its passphrase, and to hear when it locks. */
export interface FakeVault {
  readonly passphrase: string;
  on(
    event: 'vault.stateChanged',
    listener: (payload: EventPayload<'vault.stateChanged'>) => void,
  ): () => void;
}

/** Channels the core still answers while review mode is on. */
const OPEN_IN_REVIEW = /^(review\.|vault\.status$|vault\.lock$|session\.activity$|settings\.get$)/;

/**
 * Recipients, shares, consent and review mode in memory, following the contract's rules: the
 * status machine, consent bound to the content's hash, one release per consent, expiry by the
 * fake's clock, and the review gate (IN_REVIEW for everything else while a review is on).
 */
export class FakeSharing {
  readonly recipients = new Map<string, Recipient>();
  readonly shares = new Map<string, StoredShare>();
  /** The share under review, or null when review mode is off. */
  reviewShareId: string | null = null;
  /** The language the statements were last shown in; a yes records exactly those words. */
  private reviewLanguage: Language = 'en';
  allowedFormats: ReleaseFormat[] = ['pdf', 'fhir_json'];
  maxExpiryDays = 90;
  defaultExpiryDays = 30;
  /** What the save dialog does at the next release. */
  saveDialog: { outcome: 'saved'; fileName: string } | { outcome: 'cancelled' } = {
    outcome: 'saved',
    fileName: 'share.pdf',
  };
  /** Moves the fake's clock, to see consents expire. */
  clockOffsetMs = 0;

  constructor(
    private readonly record: FakeRecord,
    private readonly vault: FakeVault,
  ) {
    // As in the core, a lock ends review mode: the safe way to end it.
    vault.on('vault.stateChanged', (event) => {
      if (event.state === 'locked') this.reviewShareId = null;
    });
  }

  private now(): number {
    return Date.now() + this.clockOffsetMs;
  }

  private stamp(): string {
    return new Date(Date.parse(this.record.stamp()) + this.clockOffsetMs).toISOString();
  }

  /** The core refuses this channel now because a review is on. */
  refusesInReview(channel: Channel): boolean {
    return this.reviewShareId !== null && !OPEN_IN_REVIEW.test(channel);
  }

  addRecipient(fields: Partial<RecipientFields> & { name: string }): Recipient {
    const now = this.stamp();
    const recipient: Recipient = {
      organisation: 'Riverside Community Health',
      role: '',
      ...fields,
      id: crypto.randomUUID(),
      createdAt: now,
      updatedAt: now,
      archivedAt: null,
    };
    this.recipients.set(recipient.id, recipient);
    return recipient;
  }

  /** Adds a share as the worker would, so tests start from any point of its life. */
  addShare(personId: string, fields: ShareFields): Share {
    const result = this.create(personId, fields);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  }

  shareOf(stored: StoredShare): Share {
    const recipient = this.recipients.get(stored.recipientId);
    if (!recipient) throw new Error('A share always has its recipient.');
    return {
      id: stored.id,
      personId: stored.personId,
      recipient,
      purpose: stored.purpose,
      body: stored.body,
      quotes: stored.quotes,
      status: stored.status,
      contentVersion: stored.contentVersion,
      contentSha256: this.hashOf(stored),
      createdAt: stored.createdAt,
      updatedAt: stored.updatedAt,
      consent: stored.consents.at(-1) ?? null,
      releases: stored.releases,
    };
  }

  private hashOf(stored: StoredShare): string {
    const canonical = JSON.stringify([
      stored.recipientId,
      stored.purpose,
      stored.body,
      stored.quotes.map((quote) => [quote.noteId, quote.text]),
    ]);
    return fakeDigest(canonical);
  }

  private label(recipient: Recipient): string {
    return [recipient.name, recipient.role, recipient.organisation].filter(Boolean).join(', ');
  }

  /**
   * Each passage must be words its note holds, in a note of this person, and only in the fields
   * the review shows the person in full (what they talked about, their words, strengths).
   */
  private quotesOf(personId: string, fields: Pick<ShareFields, 'quotes'>): ShareQuote[] | null {
    const quotes: ShareQuote[] = [];
    for (const quote of fields.quotes) {
      const stored = this.record.notes.get(quote.noteId);
      if (!stored || stored.personId !== personId) return null;
      const note = this.record.noteOf(stored);
      const texts = [note.talkedAbout, note.inTheirWords, note.strengthsNoticed];
      if (!texts.some((text) => text.includes(quote.text))) return null;
      quotes.push({
        id: crypto.randomUUID(),
        noteId: quote.noteId,
        noteHappenedAt: note.happenedAt,
        text: quote.text,
      });
    }
    return quotes;
  }

  private create(personId: string, fields: ShareFields): Result<Share> {
    if (!this.record.people.has(personId)) return fail('NOT_FOUND', 'No such person.');
    const recipient = this.recipients.get(fields.recipientId);
    if (!recipient || recipient.archivedAt) return fail('NOT_FOUND', 'No such recipient.');
    const quotes = this.quotesOf(personId, fields);
    if (!quotes) return fail('INVALID_INPUT', 'A quote is not in its note.');
    const now = this.stamp();
    const stored: StoredShare = {
      id: crypto.randomUUID(),
      personId,
      recipientId: fields.recipientId,
      purpose: fields.purpose,
      body: fields.body,
      quotes,
      status: 'draft',
      contentVersion: 1,
      createdAt: now,
      updatedAt: now,
      consents: [],
      releases: [],
    };
    this.shares.set(stored.id, stored);
    return ok(this.shareOf(stored));
  }

  /** A change of content: a new version, and any standing consent no longer applies. */
  private change(
    stored: StoredShare,
    fields: Omit<ShareFields, 'recipientId'>,
    recipientId: string,
  ) {
    const quotes = this.quotesOf(stored.personId, fields);
    if (!quotes) return fail('INVALID_INPUT', 'A quote is not in its note.');
    const sameQuotes =
      JSON.stringify(quotes.map((q) => [q.noteId, q.text])) ===
      JSON.stringify(stored.quotes.map((q) => [q.noteId, q.text]));
    const same =
      sameQuotes &&
      stored.purpose === fields.purpose &&
      stored.body === fields.body &&
      stored.recipientId === recipientId;
    if (same) return ok(undefined);
    Object.assign(stored, {
      recipientId,
      purpose: fields.purpose,
      body: fields.body,
      quotes,
      contentVersion: stored.contentVersion + 1,
      updatedAt: this.stamp(),
    });
    const consent = stored.consents.at(-1);
    if (consent?.status === 'active') consent.status = 'void';
    if (stored.status !== 'in_review') stored.status = 'draft';
    return ok(undefined);
  }

  /** A given consent past its end is expired the moment anyone looks. */
  private settleExpiry(stored: StoredShare): void {
    const consent = stored.consents.at(-1);
    if (
      consent?.status === 'active' &&
      consent.expiresAt &&
      Date.parse(consent.expiresAt) <= this.now()
    ) {
      consent.status = 'expired';
      if (stored.status === 'approved') stored.status = 'expired';
    }
  }

  private inReview(): StoredShare | null {
    return this.reviewShareId ? (this.shares.get(this.reviewShareId) ?? null) : null;
  }

  private reviewOf(stored: StoredShare, language: Language): Review {
    const person = this.record.people.get(stored.personId);
    if (!person) throw new Error('A share always has its person.');
    const noteIds = [...new Set(stored.quotes.map((quote) => quote.noteId))];
    const notes = noteIds.flatMap((id) => {
      const note = this.record.notes.get(id);
      if (!note) return [];
      const { happenedAt, contactType, talkedAbout, inTheirWords, strengthsNoticed } =
        this.record.noteOf(note);
      return [{ id, happenedAt, contactType, talkedAbout, inTheirWords, strengthsNoticed }];
    });
    return {
      person: { id: person.id, preferredName: person.preferredName, pronouns: person.pronouns },
      share: this.shareOf(stored),
      notes,
      statements: FAKE_STATEMENTS[language],
      proposedExpiresAt: new Date(this.now() + this.defaultExpiryDays * DAY_MS).toISOString(),
      maxExpiryDays: this.maxExpiryDays,
      defaultExpiryDays: this.defaultExpiryDays,
      allowedFormats: this.allowedFormats,
    };
  }

  private decide(
    stored: StoredShare,
    decision: Pick<
      Consent,
      'decision' | 'status' | 'format' | 'expiresAt' | 'typedName' | 'method'
    >,
    language: Language,
  ): Consent {
    const recipient = this.recipients.get(stored.recipientId);
    if (!recipient) throw new Error('A share always has its recipient.');
    const consent: Consent = {
      id: crypto.randomUUID(),
      shareId: stored.id,
      personId: stored.personId,
      recordedBy: 'worker',
      recipientId: recipient.id,
      recipientLabel: this.label(recipient),
      purpose: stored.purpose,
      contentSha256: this.hashOf(stored),
      action: decision.decision === 'given' ? 'release_once' : null,
      decidedAt: this.stamp(),
      statements: FAKE_STATEMENTS[language],
      withdrawnAt: null,
      withdrawnBy: null,
      withdrawalReason: null,
      ...decision,
    };
    stored.consents.push(consent);
    stored.status = decision.decision === 'given' ? 'approved' : 'declined';
    stored.updatedAt = this.stamp();
    return consent;
  }

  readonly handlers: SharingHandlers = {
    'recipients.list': ({ includeArchived }) =>
      ok(
        [...this.recipients.values()]
          .filter((recipient) => includeArchived || recipient.archivedAt === null)
          .sort((a, b) => a.name.localeCompare(b.name)),
      ),
    'recipients.create': (fields) => ok(this.addRecipient(fields)),
    'recipients.update': ({ id, fields }) => {
      const recipient = this.recipients.get(id);
      if (!recipient) return fail('NOT_FOUND', 'No such recipient.');
      const updated = { ...recipient, ...fields, updatedAt: this.stamp() };
      this.recipients.set(id, updated);
      return ok(updated);
    },
    'recipients.setArchived': ({ id, archived }) => {
      const recipient = this.recipients.get(id);
      if (!recipient) return fail('NOT_FOUND', 'No such recipient.');
      const updated = { ...recipient, archivedAt: archived ? this.stamp() : null };
      this.recipients.set(id, updated);
      return ok(updated);
    },

    'shares.list': ({ personId, cursor, limit = 50 }) => {
      const all = [...this.shares.values()]
        .filter((stored) => stored.personId === personId)
        .map((stored) => {
          this.settleExpiry(stored);
          return this.shareOf(stored);
        })
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
        .map((share) => ({
          id: share.id,
          personId: share.personId,
          recipientLabel: this.label(share.recipient),
          purpose: share.purpose,
          status: share.status,
          updatedAt: share.updatedAt,
        }));
      const start = cursor ? Number(cursor) : 0;
      const next = start + limit < all.length ? String(start + limit) : null;
      return ok({ items: all.slice(start, start + limit), nextCursor: next });
    },
    'shares.get': ({ id }) => {
      const stored = this.shares.get(id);
      if (!stored) return fail('NOT_FOUND', 'No such share.');
      this.settleExpiry(stored);
      return ok(this.shareOf(stored));
    },
    'shares.create': ({ personId, fields }) => this.create(personId, fields),
    'shares.save': ({ id, fields }) => {
      const stored = this.shares.get(id);
      if (!stored) return fail('NOT_FOUND', 'No such share.');
      if (stored.status === 'withdrawn') {
        return fail('WRONG_STATE', 'A withdrawn share keeps its words.');
      }
      const recipient = this.recipients.get(fields.recipientId);
      if (!recipient) return fail('NOT_FOUND', 'No such recipient.');
      const changed = this.change(stored, fields, fields.recipientId);
      if (!changed.ok) return changed;
      return ok(this.shareOf(stored));
    },
    'shares.delete': ({ id }) => {
      const stored = this.shares.get(id);
      if (!stored) return fail('NOT_FOUND', 'No such share.');
      // As in the core: a decision, even a no, is part of the person's record and stays.
      if (stored.releases.length > 0 || stored.consents.length > 0) {
        return fail('WRONG_STATE', 'A share the person has decided about cannot be deleted.');
      }
      this.shares.delete(id);
      return ok({});
    },
    'shares.consents': ({ shareId }) => {
      const stored = this.shares.get(shareId);
      return stored ? ok(stored.consents) : fail('NOT_FOUND', 'No such share.');
    },
    'shares.releases': ({ shareId }) => {
      const stored = this.shares.get(shareId);
      return stored ? ok(stored.releases) : fail('NOT_FOUND', 'No such share.');
    },
    'shares.release': ({ id, format }) => {
      const stored = this.shares.get(id);
      if (!stored) return fail('NOT_FOUND', 'No such share.');
      this.settleExpiry(stored);
      const consent = stored.consents.at(-1);
      if (!consent || consent.status === 'void') return fail('CONSENT_REQUIRED', 'No consent.');
      if (consent.status === 'declined') return fail('CONSENT_DECLINED', 'Declined.');
      if (consent.status === 'withdrawn') return fail('CONSENT_WITHDRAWN', 'Withdrawn.');
      if (consent.status === 'used') return fail('CONSENT_USED', 'Used.');
      if (consent.status === 'expired') return fail('CONSENT_EXPIRED', 'Expired.');
      if (consent.contentSha256 !== this.hashOf(stored) || consent.format !== format) {
        return fail('CONSENT_MISMATCH', 'The content or format differs.');
      }
      const dialog = this.saveDialog;
      if (dialog.outcome === 'cancelled') return ok({ outcome: 'cancelled' as const });
      const release: Release = {
        id: crypto.randomUUID(),
        shareId: id,
        consentId: consent.id,
        recipientLabel: consent.recipientLabel,
        format,
        fileName: dialog.fileName,
        fileSha256: fakeDigest(dialog.fileName),
        releasedAt: this.stamp(),
      };
      consent.status = 'used';
      stored.releases.push(release);
      stored.status = 'released';
      stored.updatedAt = this.stamp();
      return ok({ outcome: 'saved' as const, release });
    },
    'shares.withdraw': ({ id, reason }) => {
      const stored = this.shares.get(id);
      if (!stored) return fail('NOT_FOUND', 'No such share.');
      const consent = stored.consents.at(-1);
      if ((stored.status !== 'approved' && stored.status !== 'released') || !consent) {
        return fail('WRONG_STATE', 'There is no consent to withdraw.');
      }
      Object.assign(consent, {
        status: 'withdrawn',
        withdrawnAt: this.stamp(),
        withdrawnBy: 'worker',
        withdrawalReason: reason.trim() || null,
      });
      stored.status = 'withdrawn';
      stored.updatedAt = this.stamp();
      return ok({ share: this.shareOf(stored), alreadyReleased: stored.releases });
    },

    'review.start': ({ shareId, language }) => {
      if (this.reviewShareId !== null && this.reviewShareId !== shareId) {
        return fail('IN_REVIEW', 'Another review is on.');
      }
      const stored = this.shares.get(shareId);
      if (!stored) return fail('NOT_FOUND', 'No such share.');
      this.settleExpiry(stored);
      if (!['draft', 'declined', 'expired', 'in_review'].includes(stored.status)) {
        return fail('WRONG_STATE', 'This share cannot be reviewed now.');
      }
      stored.status = 'in_review';
      this.reviewShareId = shareId;
      this.reviewLanguage = language;
      return ok(this.reviewOf(stored, language));
    },
    'review.get': ({ language }) => {
      const stored = this.inReview();
      if (!stored) return fail('WRONG_STATE', 'No review.');
      this.reviewLanguage = language;
      return ok(this.reviewOf(stored, language));
    },
    'review.edit': ({ fields, language }) => {
      const stored = this.inReview();
      if (!stored) return fail('WRONG_STATE', 'No review.');
      if (stored.status !== 'in_review') return fail('WRONG_STATE', 'Already decided.');
      const changed = this.change(stored, fields, stored.recipientId);
      if (!changed.ok) return changed;
      return ok(this.reviewOf(stored, language));
    },
    'review.approve': (input) => {
      const stored = this.inReview();
      if (!stored || stored.status !== 'in_review') return fail('WRONG_STATE', 'No review.');
      const statements = FAKE_STATEMENTS[this.reviewLanguage];
      if (input.statementsVersion !== statements.version) {
        return fail('CONFIRMATION_MISMATCH', 'The statements changed.');
      }
      if (!statements.items.every((item) => input.confirmedStatements.includes(item.id))) {
        return fail('CONFIRMATION_MISMATCH', 'Every statement must be confirmed.');
      }
      if (!this.allowedFormats.includes(input.format)) {
        return fail('NOT_ALLOWED_BY_POLICY', 'That format is not allowed.');
      }
      if (input.expiresInDays > this.maxExpiryDays) {
        return fail('NOT_ALLOWED_BY_POLICY', 'Too many days.');
      }
      const consent = this.decide(
        stored,
        {
          decision: 'given',
          status: 'active',
          format: input.format,
          expiresAt: new Date(this.now() + input.expiresInDays * DAY_MS).toISOString(),
          typedName: input.typedName,
          method: input.method,
        },
        this.reviewLanguage,
      );
      return ok(consent);
    },
    'review.decline': ({ method, language }) => {
      const stored = this.inReview();
      if (!stored || stored.status !== 'in_review') return fail('WRONG_STATE', 'No review.');
      const consent = this.decide(
        stored,
        {
          decision: 'declined',
          status: 'declined',
          format: null,
          expiresAt: null,
          typedName: null,
          method,
        },
        language,
      );
      return ok(consent);
    },
    'review.exit': ({ passphrase }) => {
      const stored = this.inReview();
      if (!stored) return fail('WRONG_STATE', 'No review.');
      if (passphrase !== this.vault.passphrase)
        return fail('WRONG_PASSPHRASE', 'Wrong passphrase.');
      // Left without a decision: back to a draft, nothing recorded.
      if (stored.status === 'in_review') stored.status = 'draft';
      this.reviewShareId = null;
      return ok({});
    },
  };
}
