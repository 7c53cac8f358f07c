import type { Content, ContentTable, TDocumentDefinitions } from 'pdfmake/interfaces';
import { AppFailure } from '../failure';
import { renderDefinition, unprintableCharacters } from './pdf-engine';

/**
 * A released document as a PDF. Every string is plain text, handed to pdfmake as a text run and
 * never read as markup, so what the person approved is what the recipient reads.
 */

export type PdfBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'field'; label: string; value: string }
  | { kind: 'quote'; text: string; source: string }
  | { kind: 'small'; text: string };

export interface PdfDocument {
  title: string;
  language: 'en' | 'fr-CA';
  blocks: PdfBlock[];
}

const PRODUCER = 'Alongside';
/** Dark enough for WCAG AA contrast on white when printed or read on screen. */
const QUIET_COLOUR = '#4a4a4a';
const RULE_COLOUR = '#6b6b6b';

export interface PdfOptions {
  createdAt: Date;
  /**
   * What to do with characters the font cannot draw (see unprintableInPdf). `refuse`, the
   * default, is for shares: a consent covers exact words, so none may go missing. `replace` shows
   * each as U+FFFD (�), for the person's copy of their own notes, which an emoji must not block.
   */
  unprintable?: 'refuse' | 'replace';
}

/**
 * The same document and `createdAt` always give the same bytes: the dates are fixed from
 * `createdAt`, and the file id pdfkit writes is derived from that metadata, never random.
 */
export async function renderPdf(doc: PdfDocument, options: PdfOptions): Promise<Uint8Array> {
  if (Number.isNaN(options.createdAt.getTime())) {
    throw new AppFailure('INTERNAL', 'pdf.invalid_created_at');
  }
  try {
    const unprintable = unprintableInPdf(doc);
    if (unprintable.length > 0 && options.unprintable !== 'replace') {
      throw new AppFailure('INVALID_INPUT', 'pdf.unprintable_characters');
    }
    const printable = unprintable.length > 0 ? replaceCharacters(doc, new Set(unprintable)) : doc;
    return await renderDefinition(definitionOf(printable, options.createdAt));
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    // pdfmake's messages can quote paths or text; the caller only needs to know it failed.
    throw new AppFailure('INTERNAL', 'pdf.render_failed');
  }
}

/**
 * The characters of `doc` a PDF cannot show (an emoji, a symbol, a script the font lacks), each
 * once. renderPdf refuses such a document, so a share can be checked before anyone consents to it.
 */
export function unprintableInPdf(doc: PdfDocument): string[] {
  return unprintableCharacters([doc.title, ...doc.blocks.flatMap(textsOf)]);
}

function textsOf(block: PdfBlock): string[] {
  switch (block.kind) {
    case 'field':
      return [block.label, block.value];
    case 'quote':
      return [block.text, block.source];
    default:
      return [block.text];
  }
}

const REPLACEMENT_CHARACTER = '\uFFFD';

function replaceCharacters(doc: PdfDocument, unprintable: ReadonlySet<string>): PdfDocument {
  const fix = (text: string): string =>
    Array.from(text, (character) =>
      unprintable.has(character) ? REPLACEMENT_CHARACTER : character,
    ).join('');
  return {
    ...doc,
    title: fix(doc.title),
    blocks: doc.blocks.map((block): PdfBlock => {
      switch (block.kind) {
        case 'field':
          return { ...block, label: fix(block.label), value: fix(block.value) };
        case 'quote':
          return { ...block, text: fix(block.text), source: fix(block.source) };
        default:
          return { ...block, text: fix(block.text) };
      }
    }),
  };
}

function definitionOf(doc: PdfDocument, createdAt: Date): TDocumentDefinitions {
  return {
    info: {
      title: plain(doc.title),
      creator: PRODUCER,
      producer: PRODUCER,
      creationDate: createdAt,
      modDate: createdAt,
    },
    language: doc.language,
    displayTitle: true,
    pageSize: 'LETTER',
    pageMargins: [60, 60, 60, 60],
    defaultStyle: { font: 'Roboto', fontSize: 11, lineHeight: 1.3 },
    styles: {
      title: { fontSize: 18, bold: true, margin: [0, 0, 0, 14] },
      heading: { fontSize: 13, bold: true, margin: [0, 12, 0, 6] },
      paragraph: { margin: [0, 0, 0, 8] },
      label: { fontSize: 9.5, bold: true, color: QUIET_COLOUR },
      value: { margin: [0, 0, 0, 8] },
      quote: { margin: [0, 0, 0, 2] },
      source: { fontSize: 9.5, color: QUIET_COLOUR },
      small: { fontSize: 9, color: QUIET_COLOUR, margin: [0, 0, 0, 6] },
    },
    content: [{ text: plain(doc.title), style: 'title' }, ...doc.blocks.map(contentOf)],
  };
}

function contentOf(block: PdfBlock): Content {
  switch (block.kind) {
    case 'heading':
      return { text: plain(block.text), style: 'heading', headlineLevel: 1 };
    case 'paragraph':
      return { text: plain(block.text), style: 'paragraph' };
    case 'field':
      // Label above value rather than beside it: long values wrap under their own label, and the
      // label needs no language-specific colon.
      return {
        stack: [
          { text: plain(block.label), style: 'label' },
          { text: plain(block.value), style: 'value' },
        ],
        unbreakable: true,
      };
    case 'quote':
      return quoteOf(block.text, block.source);
    case 'small':
      return { text: plain(block.text), style: 'small' };
  }
}

/** A quoted passage sits beside a rule on its left, with where it came from under it. */
function quoteOf(text: string, source: string): ContentTable {
  return {
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              { text: plain(text), style: 'quote' },
              { text: plain(source), style: 'source' },
            ],
          },
        ],
      ],
    },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: (index) => (index === 0 ? 2 : 0),
      vLineColor: () => RULE_COLOUR,
      paddingLeft: () => 10,
      paddingRight: () => 0,
      paddingTop: () => 2,
      paddingBottom: () => 2,
    },
    margin: [0, 0, 0, 10],
  };
}

/** Line breaks from any platform become pdfmake's own; nothing else in the text is touched. */
function plain(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
