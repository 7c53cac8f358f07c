import type { Language } from '../../contract';
import type { PdfBlock, PdfDocument } from '../documents/pdf';
import { calendarDate } from './canonical';
import type { CanonicalShareInput } from './canonical';

/** Labels of a released share, in the language the person gave their consent in. */
const WORDS: Record<
  Language,
  {
    title: string;
    about: string;
    recipient: string;
    purpose: string;
    consentDate: string;
    consentId: string;
    fingerprint: string;
    fromNote: (date: string) => string;
    mayWithdraw: (name: string) => string;
  }
> = {
  en: {
    title: 'Shared with consent',
    about: 'About',
    recipient: 'For',
    purpose: 'Why it is shared',
    consentDate: 'Date of consent',
    consentId: 'Consent id',
    fingerprint: 'Content fingerprint (SHA-256)',
    fromNote: (date) => `From a note of ${date}`,
    mayWithdraw: (name) =>
      `${name} may withdraw this consent at any time. Please ask the peer support team before using this again.`,
  },
  'fr-CA': {
    title: 'Partagé avec consentement',
    about: 'Au sujet de',
    recipient: 'Pour',
    purpose: 'Pourquoi c’est partagé',
    consentDate: 'Date du consentement',
    consentId: 'Identifiant du consentement',
    fingerprint: 'Empreinte du contenu (SHA-256)',
    fromNote: (date) => `D’une note du ${date}`,
    mayWithdraw: (name) =>
      `${name} peut retirer ce consentement à tout moment. Veuillez vous adresser à l’équipe de soutien par les pairs avant de le réutiliser.`,
  },
};

export interface ShareConsentFacts {
  id: string;
  decidedAt: string;
  language: Language;
}

export function recipientLine(recipient: CanonicalShareInput['recipient']): string {
  return [recipient.name, recipient.role, recipient.organisation]
    .filter((part) => part.trim() !== '')
    .join(', ');
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/u)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Exactly the approved words and their facts: nothing from the notes beyond the quotes. */
export function shareDocument(
  share: CanonicalShareInput,
  sha256: string,
  consent: ShareConsentFacts,
): PdfDocument {
  const words = WORDS[consent.language];
  const blocks: PdfBlock[] = [
    { kind: 'field', label: words.about, value: share.personName },
    { kind: 'field', label: words.recipient, value: recipientLine(share.recipient) },
    { kind: 'field', label: words.purpose, value: share.purpose },
    { kind: 'field', label: words.consentDate, value: calendarDate(consent.decidedAt) },
    { kind: 'field', label: words.consentId, value: consent.id },
    { kind: 'field', label: words.fingerprint, value: sha256 },
    ...paragraphs(share.body).map((text): PdfBlock => ({ kind: 'paragraph', text })),
    ...share.quotes.map((quote): PdfBlock => ({
      kind: 'quote',
      text: quote.text,
      source: words.fromNote(quote.noteDate),
    })),
    { kind: 'small', text: words.mayWithdraw(share.personName) },
  ];
  return { title: words.title, language: consent.language, blocks };
}

/** The same words as plain text, for the FHIR DocumentReference. */
export function shareText(share: CanonicalShareInput, language: Language): string {
  const words = WORDS[language];
  return [
    ...paragraphs(share.body),
    ...share.quotes.map((quote) => `“${quote.text}” (${words.fromNote(quote.noteDate)})`),
  ].join('\n\n');
}
