import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdf, unprintableInPdf } from '../../../src-main/core/documents/pdf';
import type { PdfDocument } from '../../../src-main/core/documents/pdf';
import { renderDefinition } from '../../../src-main/core/documents/pdf-engine';
import { AppFailure } from '../../../src-main/core/failure';
import { normalisePdfText, pdfInfo, pdfText } from '../../support/pdf-text';
import { makeTempDir } from '../../support/temp-dir';

const CREATED_AT = new Date('2026-11-30T14:05:00.000Z');

const SHARE: PdfDocument = {
  title: 'Shared with the Riverside care team',
  language: 'en',
  blocks: [
    { kind: 'field', label: 'For', value: 'Dana Okafor, nurse, Riverside Community Health' },
    { kind: 'field', label: 'Why', value: 'So the team knows how Sam wants to be contacted' },
    { kind: 'heading', text: 'What Sam wants the team to know' },
    {
      kind: 'paragraph',
      text: 'Sam prefers a text message before a visit.\nMornings are hard; afternoons work well.',
    },
    {
      kind: 'quote',
      text: 'I do better when I know who is coming and when.',
      source: 'From our notes of 2026-11-12',
    },
    { kind: 'small', text: 'Sam may withdraw this consent at any time by telling their worker.' },
  ],
};

/** What a reader sees, block by block, in the order the document draws it. */
function expectedText(doc: PdfDocument): string {
  const parts = [doc.title];
  for (const block of doc.blocks) {
    if (block.kind === 'field') parts.push(block.label, block.value);
    else if (block.kind === 'quote') parts.push(block.text, block.source);
    else parts.push(block.text);
  }
  return normalisePdfText(parts.join('\n'));
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('latin1');
}

describe('renderPdf', () => {
  it('gives byte-identical files for the same document and time', async () => {
    const first = await renderPdf(SHARE, { createdAt: CREATED_AT });
    const second = await renderPdf(structuredClone(SHARE), { createdAt: new Date(CREATED_AT) });
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    expect(latin1(first).startsWith('%PDF-')).toBe(true);

    // The time is the only thing that moves the bytes, and it is the time given, not the clock.
    const later = await renderPdf(SHARE, { createdAt: new Date('2026-12-01T09:00:00.000Z') });
    expect(Buffer.from(later).equals(Buffer.from(first))).toBe(false);
    const info = await pdfInfo(first);
    expect(info.CreationDate).toBe('2026-11-30T14:05:00Z');
    expect(info.ModDate).toBe('2026-11-30T14:05:00Z');
  });

  it('reads back, through pdftotext, exactly the text it was given', async () => {
    const bytes = await renderPdf(SHARE, { createdAt: CREATED_AT });
    for (const mode of ['raw', 'layout'] as const) {
      expect(normalisePdfText(await pdfText(bytes, mode))).toBe(expectedText(SHARE));
    }
    expect(latin1(bytes)).toContain('/Lang (en)');
    expect(await pdfInfo(bytes)).toMatchObject({
      Title: 'Shared with the Riverside care team',
      Producer: 'Alongside',
    });
  });

  it('keeps French accents, guillemets and ligatures, and marks the language', async () => {
    const french: PdfDocument = {
      title: 'Partagé avec l’équipe de soins',
      language: 'fr-CA',
      blocks: [
        { kind: 'field', label: 'Pour', value: 'Élodie Bérubé, infirmière, CLSC Côte-des-Neiges' },
        {
          kind: 'paragraph',
          text: 'Noémie préfère qu’on l’appelle après 13 h. Ça l’aide à garder son cœur en paix.',
        },
        {
          kind: 'quote',
          text: '« Je suis capable, à mon rythme. »',
          source: 'Nos notes du 2026-11-12',
        },
        { kind: 'small', text: 'Noémie peut retirer son consentement en tout temps.' },
      ],
    };
    const bytes = await renderPdf(french, { createdAt: CREATED_AT });
    expect(normalisePdfText(await pdfText(bytes))).toBe(expectedText(french));
    expect(latin1(bytes)).toContain('/Lang (fr-CA)');
    expect((await pdfInfo(bytes)).Title).toBe(french.title);
  });

  it('prints markup-looking text literally', async () => {
    const tricky: PdfDocument = {
      title: '<b>Not bold</b>',
      language: 'en',
      blocks: [
        {
          kind: 'paragraph',
          text: '**stars** _under_ {"text":"an object","bold":true} <img src="x">',
        },
        { kind: 'small', text: '\\n stays a backslash and an n; & and < stay as typed' },
      ],
    };
    const bytes = await renderPdf(tricky, { createdAt: CREATED_AT });
    expect(normalisePdfText(await pdfText(bytes))).toBe(expectedText(tricky));
  });

  it('wraps long text across pages without losing or changing a word', async () => {
    const words = Array.from({ length: 1500 }, (_, i) => `word${i}`);
    const long: PdfDocument = {
      title: 'A long share',
      language: 'en',
      blocks: [
        { kind: 'paragraph', text: words.join(' ') },
        { kind: 'quote', text: words.slice(0, 400).join(' '), source: 'From our notes' },
      ],
    };
    const bytes = await renderPdf(long, { createdAt: CREATED_AT });
    expect(Number((await pdfInfo(bytes)).Pages)).toBeGreaterThan(1);
    expect(normalisePdfText(await pdfText(bytes))).toBe(expectedText(long));
  });

  it('refuses, rather than silently drops, characters the font cannot draw', async () => {
    const withEmoji: PdfDocument = {
      title: 'Shared ✓',
      language: 'en',
      blocks: [
        { kind: 'paragraph', text: 'Sam said 🙂 and wrote 中文.' },
        { kind: 'field', label: 'Next', value: 'Call → visit 🙂' },
      ],
    };
    expect(unprintableInPdf(withEmoji)).toEqual(['✓', '🙂', '中', '文', '→']);
    await expect(renderPdf(withEmoji, { createdAt: CREATED_AT })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    // The person's own copy shows each missing character as U+FFFD instead of failing.
    const replaced = await renderPdf(withEmoji, { createdAt: CREATED_AT, unprintable: 'replace' });
    expect(normalisePdfText(await pdfText(replaced))).toBe(
      'Shared \uFFFD Sam said \uFFFD and wrote \uFFFD\uFFFD. Next Call \uFFFD visit \uFFFD',
    );
    // Whitespace of any kind is laid out, not drawn: tabs and no-break spaces are fine.
    expect(unprintableInPdf(SHARE)).toEqual([]);
    const spaced: PdfDocument = {
      title: 'Spaces',
      language: 'fr-CA',
      blocks: [{ kind: 'paragraph', text: 'Note\tà 13 h\u00a0: « oui »' }],
    };
    expect(unprintableInPdf(spaced)).toEqual([]);
    const bytes = await renderPdf(spaced, { createdAt: CREATED_AT });
    expect(normalisePdfText(await pdfText(bytes))).toBe(expectedText(spaced));
  });

  it('refuses a time that is not a time', async () => {
    await expect(renderPdf(SHARE, { createdAt: new Date('not a date') })).rejects.toBeInstanceOf(
      AppFailure,
    );
  });
});

describe('the pdfmake engine', () => {
  /** A 1×1 PNG, so a refusal below is about where the image comes from, not a broken image. */
  const PNG = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    response.writeHead(200, { 'content-type': 'image/png' });
    response.end(PNG);
  });
  let url = '';

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/picture.png`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('draws an image given inline, so the refusals below are about access', async () => {
    const bytes = await renderDefinition({
      content: [{ image: `data:image/png;base64,${PNG.toString('base64')}`, width: 10 }],
    });
    expect(latin1(bytes)).toContain('/Subtype /Image');
  });

  it('never fetches a URL', async () => {
    await expect(
      renderDefinition({ content: [{ image: 'picture', width: 10 }], images: { picture: url } }),
    ).rejects.toThrow(/URL denied/);
    await expect(
      renderDefinition({
        content: [{ image: 'picture', width: 10 }],
        images: { picture: { url } },
      }),
    ).rejects.toThrow(/URL denied/);
    expect(requests).toEqual([]);
  });

  it('never reads a local file', async () => {
    const dir = await makeTempDir('alongside-pdf-file-');
    try {
      const path = join(dir.path, 'picture.png');
      await writeFile(path, PNG);
      await expect(renderDefinition({ content: [{ image: path, width: 10 }] })).rejects.toThrow(
        /local file denied/,
      );
      await expect(
        renderDefinition({ content: [{ image: 'picture', width: 10 }], images: { picture: path } }),
      ).rejects.toThrow(/local file denied/);
      await expect(
        renderDefinition({ content: ['x'], files: { secret: { src: path } } }),
      ).rejects.toThrow(/local file denied/);
    } finally {
      await dir.remove();
    }
  });
});
