import type { Share, ShareFields } from '../../../../src-main/contract';

export interface DraftQuote {
  /** Only for React's list keys; never saved. */
  key: string;
  noteId: string;
  text: string;
  noteHappenedAt: string;
}

/** What the editor holds, as typed, so nothing is lost while it cannot be saved yet. */
export interface ShareDraft {
  recipientId: string;
  purpose: string;
  body: string;
  quotes: DraftQuote[];
}

let quoteCounter = 0;
export function newQuoteKey(): string {
  quoteCounter += 1;
  return `quote-${quoteCounter}`;
}

export function draftOfShare(share: Share | null): ShareDraft {
  return {
    recipientId: share?.recipient.id ?? '',
    purpose: share?.purpose ?? '',
    body: share?.body ?? '',
    quotes: (share?.quotes ?? []).map((quote) => ({
      key: newQuoteKey(),
      noteId: quote.noteId,
      text: quote.text,
      noteHappenedAt: quote.noteHappenedAt,
    })),
  };
}

/** The fields to save, or null while the share has no recipient or purpose yet. */
export function shareFieldsOf(draft: ShareDraft): ShareFields | null {
  if (!draft.recipientId || !draft.purpose.trim()) return null;
  return {
    recipientId: draft.recipientId,
    purpose: draft.purpose,
    body: draft.body,
    quotes: draft.quotes.map(({ noteId, text }) => ({ noteId, text })),
  };
}

/** The note fields a passage may be quoted from: the ones review mode shows the person. */
export function quotableTexts(note: {
  talkedAbout: string;
  inTheirWords: string;
  strengthsNoticed: string;
}): string[] {
  return [note.talkedAbout, note.inTheirWords, note.strengthsNoticed];
}

/** Quotes are exact words: a passage must stand, as is, in one of the note's fields. */
export function isPassageOf(passage: string, texts: readonly string[]): boolean {
  const wanted = passage.trim();
  return wanted.length > 0 && texts.some((text) => text.includes(wanted));
}
