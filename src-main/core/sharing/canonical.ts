import { createHash } from 'node:crypto';

/**
 * What the recipient receives, and nothing else, in one deterministic form: the consent holds the
 * SHA-256 of this text, and release recomputes it. Documented in docs/DATA-FORMAT.md
 * ("Canonical share"); a change here changes every hash, so a test pins one.
 */
export const CANONICAL_SHARE_FORMAT = 'alongside-share-v1';

export interface CanonicalShareInput {
  shareId: string;
  personName: string;
  recipient: { name: string; organisation: string; role: string };
  purpose: string;
  body: string;
  /** In the share's order; `noteDate` is the quoted note's local calendar date (YYYY-MM-DD). */
  quotes: ReadonlyArray<{ noteDate: string; text: string }>;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Sorted keys, NFC strings, no whitespace; strings escaped as JSON.stringify writes them. */
export function canonicalJson(value: Json): string {
  if (typeof value === 'string') return JSON.stringify(value.normalize('NFC'));
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value)
    .map((key) => key.normalize('NFC'))
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key] as Json)}`).join(',')}}`;
}

export function canonicalShare(input: CanonicalShareInput): string {
  return canonicalJson({
    format: CANONICAL_SHARE_FORMAT,
    shareId: input.shareId,
    personName: input.personName,
    recipient: {
      name: input.recipient.name,
      organisation: input.recipient.organisation,
      role: input.recipient.role,
    },
    purpose: input.purpose,
    body: input.body,
    quotes: input.quotes.map((quote) => ({ noteDate: quote.noteDate, text: quote.text })),
  });
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Lower-case hex SHA-256 of the canonical form's UTF-8 bytes. */
export function canonicalShareSha256(input: CanonicalShareInput): string {
  return sha256Hex(Buffer.from(canonicalShare(input), 'utf8'));
}

/**
 * The calendar date of an ISO-8601 time on this computer's clock, as the canonical form and the
 * documents show it: the day the worker and the person lived it, which is also the day every
 * screen shows (a UTC date would name the next day for an evening contact west of Greenwich).
 */
export function calendarDate(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
