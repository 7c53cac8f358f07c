import type { BeforeWrite, SaveFileRequest, SaveFileResult } from '../../../src-main/core/ports';

/** Stands in for the save dialog: keeps what would have been written, or says "cancelled". */
export class SaveCapture {
  readonly saved: SaveFileRequest[] = [];
  cancelNext = false;

  readonly port = async (
    request: SaveFileRequest,
    beforeWrite: BeforeWrite,
  ): Promise<SaveFileResult> => {
    if (this.cancelNext) {
      this.cancelNext = false;
      return { saved: false };
    }
    // As in the app: nothing is kept unless the core's last check passes.
    if (!(await beforeWrite())) return { saved: false };
    this.saved.push(request);
    return { saved: true, fileName: request.suggestedName };
  };

  lastText(): string {
    const last = this.saved.at(-1);
    if (!last) throw new Error('Nothing was saved');
    return Buffer.from(last.bytes).toString('utf8');
  }
}

/** RFC 4180, read back strictly: quoted fields, doubled quotes, CRLF between records. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else field += ch;
  }
  if (field !== '' || record.length > 0) throw new Error('The last record has no CRLF');
  return records;
}
