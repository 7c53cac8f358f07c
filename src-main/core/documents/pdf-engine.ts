import { createRequire } from 'node:module';
import type * as PdfmakeModule from 'pdfmake';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';

/**
 * The one place pdfmake is driven. A released PDF must hold exactly what the person approved, so
 * pdfmake may neither fetch a URL nor read a file: fonts come from its bundled Roboto, copied into
 * its in-memory file system, which also keeps working inside the packaged app's archive.
 */

/** pdfmake's in-memory file system; @types/pdfmake leaves it out of the server instance. */
interface VirtualFileSystem {
  writeFileSync(name: string, content: Buffer): void;
}

type Pdfmake = typeof PdfmakeModule;

/** The one question asked of fontkit, the font reader pdfkit itself uses. */
interface GlyphCoverage {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

interface Engine {
  pdfmake: Pdfmake;
  /** The faces the documents draw with: regular text, and medium for titles and labels. */
  faces: GlyphCoverage[];
}

let engine: Engine | null = null;

/**
 * Loaded on the first render rather than at start: pdfmake and pdfkit take a noticeable moment to
 * load, and most sessions never make a PDF. `require`, not `import()`: both packages are CommonJS,
 * and Electron has not always resolved `import()` inside the app's asar archive.
 */
function loadEngine(): Engine {
  const load = createRequire(__filename);
  const pdfmake = load('pdfmake') as Pdfmake;
  const vfs = load('pdfmake/build/vfs_fonts.js') as Record<string, string>;
  const { virtualfs } = pdfmake as unknown as { virtualfs: VirtualFileSystem };
  const fontFiles = new Map<string, Buffer>();
  for (const [name, base64] of Object.entries(vfs)) {
    const bytes = Buffer.from(base64, 'base64');
    fontFiles.set(name, bytes);
    virtualfs.writeFileSync(name, bytes);
  }
  // Resolved the way pdfkit resolves it, so this reads the fonts with pdfkit's own fontkit.
  const fromPdfkit = createRequire(createRequire(load.resolve('pdfmake')).resolve('pdfkit'));
  const fontkit = fromPdfkit('fontkit') as { create(bytes: Buffer): GlyphCoverage };
  const faces = ['Roboto-Regular.ttf', 'Roboto-Medium.ttf'].map((name) => {
    const bytes = fontFiles.get(name);
    if (!bytes) throw new Error(`missing font ${name}`);
    return fontkit.create(bytes);
  });
  return { pdfmake, faces };
}

/**
 * Characters the document's font cannot draw (emoji, most scripts beyond Latin, Greek and
 * Cyrillic, many symbols), in order of first appearance. pdfkit would silently leave them out,
 * so a document holding any is refused rather than released with words missing. Whitespace is
 * laid out, not drawn, and never counts.
 */
export function unprintableCharacters(texts: readonly string[]): string[] {
  const { faces } = (engine ??= loadEngine());
  const missing = new Set<string>();
  for (const text of texts) {
    for (const character of text) {
      if (/\s/u.test(character) || missing.has(character)) continue;
      const codePoint = character.codePointAt(0) ?? 0;
      if (!faces.every((face) => face.hasGlyphForCodePoint(codePoint))) missing.add(character);
    }
  }
  return [...missing];
}

/** A fresh dictionary each time: pdfmake rewrites the entries of the one it is given. */
function fonts(): TFontDictionary {
  return {
    Roboto: {
      normal: 'Roboto-Regular.ttf',
      bold: 'Roboto-Medium.ttf',
      italics: 'Roboto-Italic.ttf',
      bolditalics: 'Roboto-MediumItalic.ttf',
    },
  };
}

/** Any URL or file path in the definition is refused: the promise rejects, nothing is fetched. */
export async function renderDefinition(definition: TDocumentDefinitions): Promise<Uint8Array> {
  const { pdfmake } = (engine ??= loadEngine());
  // The settings live on pdfmake's shared instance, so they are set again right before each
  // document, in the same tick as createPdf, which captures them.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  pdfmake.setFonts(fonts());
  const buffer = await pdfmake.createPdf(definition).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
