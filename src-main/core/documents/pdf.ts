import type { Content, ContentTable, TDocumentDefinitions } from 'pdfmake/interfaces';
import { AppFailure } from '../failure';
import { renderDefinition } from './pdf-engine';

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

/**
 * The same document and `createdAt` always give the same bytes: the dates are fixed from
 * `createdAt`, and the file id pdfkit writes is derived from that metadata, never random.
 */
export async function renderPdf(
  doc: PdfDocument,
  options: { createdAt: Date },
): Promise<Uint8Array> {
  if (Number.isNaN(options.createdAt.getTime())) {
    throw new AppFailure('INTERNAL', 'pdf.invalid_created_at');
  }
  try {
    return await renderDefinition(definitionOf(doc, options.createdAt));
  } catch {
    // pdfmake's messages can quote paths or text; the caller only needs to know it failed.
    throw new AppFailure('INTERNAL', 'pdf.render_failed');
  }
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
