/**
 * RFC 4180 CSV: fields joined by commas, lines by CRLF, a field quoted when it holds a comma, a
 * quote or a line break, quotes doubled. A cell that a spreadsheet would read as a formula
 * (starting with = + - @, or a tab or carriage return before one) gets a leading apostrophe.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: ReadonlyArray<string | number | null>): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export function csvBytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
