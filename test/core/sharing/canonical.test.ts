import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  calendarDate,
  canonicalJson,
  canonicalShare,
  canonicalShareSha256,
} from '../../../src-main/core/sharing/canonical';
import type { CanonicalShareInput } from '../../../src-main/core/sharing/canonical';

/** The example in docs/DATA-FORMAT.md ("Canonical share"). */
const EXAMPLE: CanonicalShareInput = {
  shareId: '0b7c6a3e-5f1d-4c2a-9e8b-1d2f3a4b5c6d',
  personName: 'Zoé',
  recipient: {
    name: 'Dr Amina Lee',
    organisation: 'Eastside Health Centre',
    role: 'Family doctor',
  },
  purpose: 'So Dr Lee knows how the garden plan is going',
  body: 'Zoé has been planning a return to the community garden.\n\nShe asked me to share this.',
  quotes: [
    { noteDate: '2026-11-20', text: 'I want my hands in the soil again.' },
    { noteDate: '2026-11-02', text: '“Tuesdays work best.”' },
  ],
};

const EXAMPLE_TEXT =
  '{"body":"Zoé has been planning a return to the community garden.\\n\\nShe asked me to share this.",' +
  '"format":"alongside-share-v1","personName":"Zoé","purpose":"So Dr Lee knows how the garden plan is going",' +
  '"quotes":[{"noteDate":"2026-11-20","text":"I want my hands in the soil again."},' +
  '{"noteDate":"2026-11-02","text":"“Tuesdays work best.”"}],' +
  '"recipient":{"name":"Dr Amina Lee","organisation":"Eastside Health Centre","role":"Family doctor"},' +
  '"shareId":"0b7c6a3e-5f1d-4c2a-9e8b-1d2f3a4b5c6d"}';

describe('the canonical share', () => {
  it('is sorted-key JSON without whitespace, as documented', () => {
    expect(canonicalShare(EXAMPLE)).toBe(EXAMPLE_TEXT);
  });

  it('has a pinned SHA-256: changing the form changes every consent’s hash', () => {
    const hash = canonicalShareSha256(EXAMPLE);
    expect(hash).toBe(createHash('sha256').update(Buffer.from(EXAMPLE_TEXT, 'utf8')).digest('hex'));
    expect(hash).toBe('e48a74b1570741ad14fc3f84b87e2a8402009909da1ca5cbe8925c4b46fd4c5a');
  });

  it('does not depend on the Unicode form a name or text was typed in', () => {
    const decomposed = {
      ...EXAMPLE,
      personName: 'Zoé'.normalize('NFD'),
      body: EXAMPLE.body.normalize('NFD'),
    };
    expect(decomposed.personName).not.toBe(EXAMPLE.personName);
    expect(canonicalShareSha256(decomposed)).toBe(canonicalShareSha256(EXAMPLE));
  });

  it('changes with any word, the order of the quotes, the recipient or the share id', () => {
    const base = canonicalShareSha256(EXAMPLE);
    const variants: CanonicalShareInput[] = [
      { ...EXAMPLE, body: `${EXAMPLE.body} ` },
      { ...EXAMPLE, purpose: 'Another purpose' },
      { ...EXAMPLE, personName: 'Zoe' },
      { ...EXAMPLE, quotes: [...EXAMPLE.quotes].reverse() },
      { ...EXAMPLE, quotes: EXAMPLE.quotes.slice(0, 1) },
      { ...EXAMPLE, recipient: { ...EXAMPLE.recipient, role: 'Nurse' } },
      { ...EXAMPLE, shareId: '0b7c6a3e-5f1d-4c2a-9e8b-1d2f3a4b5c6e' },
    ];
    const hashes = new Set(variants.map(canonicalShareSha256));
    expect(hashes.size).toBe(variants.length);
    expect(hashes.has(base)).toBe(false);
  });

  it('is the same for the same value whatever order its keys were built in', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.string()), (record) => {
        const reversed = Object.fromEntries(Object.entries(record).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(record));
        expect(JSON.parse(canonicalJson(record))).toEqual(
          Object.fromEntries(
            Object.entries(record).map(([k, v]) => [k.normalize('NFC'), v.normalize('NFC')]),
          ),
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('docs/DATA-FORMAT.md', () => {
  it('shows the example and the hash the code produces', async () => {
    const { readFile } = await import('node:fs/promises');
    const doc = await readFile('docs/DATA-FORMAT.md', 'utf8');
    const section = doc.slice(doc.indexOf('### Canonical share'));
    expect(section).toContain(`\`\`\`text\n${EXAMPLE_TEXT}\n\`\`\``);
    expect(section).toContain(`SHA-256: \`${canonicalShareSha256(EXAMPLE)}\``);
  });
});

describe('the date a quote is named by', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('is the day the contact was lived on this computer, not the UTC day', () => {
    vi.stubEnv('TZ', 'America/Vancouver');
    // 23:30 on 20 November in Vancouver is already 21 November in UTC.
    expect(calendarDate('2026-11-21T07:30:00.000Z')).toBe('2026-11-20');
    vi.stubEnv('TZ', 'Asia/Tokyo');
    expect(calendarDate('2026-11-20T16:30:00.000Z')).toBe('2026-11-21');
    vi.stubEnv('TZ', 'UTC');
    expect(calendarDate('2026-11-20T23:59:59.999Z')).toBe('2026-11-20');
  });
});
