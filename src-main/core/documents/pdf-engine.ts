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

let engine: Pdfmake | null = null;

/**
 * Loaded on the first render rather than at start: pdfmake and pdfkit take a noticeable moment to
 * load, and most sessions never make a PDF. `require`, not `import()`: both packages are CommonJS,
 * and Electron has not always resolved `import()` inside the app's asar archive.
 */
function loadEngine(): Pdfmake {
  const load = createRequire(__filename);
  const pdfmake = load('pdfmake') as Pdfmake;
  const vfs = load('pdfmake/build/vfs_fonts.js') as Record<string, string>;
  const { virtualfs } = pdfmake as unknown as { virtualfs: VirtualFileSystem };
  for (const [name, base64] of Object.entries(vfs)) {
    virtualfs.writeFileSync(name, Buffer.from(base64, 'base64'));
  }
  return pdfmake;
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
  const pdfmake = (engine ??= loadEngine());
  // The settings live on pdfmake's shared instance, so they are set again right before each
  // document, in the same tick as createPdf, which captures them.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  pdfmake.setFonts(fonts());
  const buffer = await pdfmake.createPdf(definition).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
