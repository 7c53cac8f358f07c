/**
 * Turns what the worker typed into an FTS5 MATCH expression that cannot carry FTS5 syntax.
 *
 * Every token becomes a quoted string, so operators (AND, OR, NOT, NEAR), column filters, `^`,
 * `+`, `*`, parentheses and stray quotes in the input are either dropped with the punctuation
 * or searched for as plain words. The tokens are AND-ed, which FTS5 does for phrases separated
 * by spaces.
 */

/**
 * Letters or digits, with any combining marks that follow: close to what the unicode61 tokenizer
 * keeps, so a decomposed "é" stays inside its word. Whatever the tokenizer splits differently is
 * still safe inside the quotes; it just becomes a phrase.
 */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

export function searchTokens(text: string): string[] {
  // Typed text may arrive decomposed (macOS input, pasted text); the index holds what was saved.
  return text.normalize('NFC').match(WORD) ?? [];
}

/**
 * The MATCH expression, or null when nothing searchable was typed. The last token is a prefix,
 * so results appear while the word is still being typed.
 */
export function toMatchQuery(text: string): string | null {
  const tokens = searchTokens(text);
  if (tokens.length === 0) return null;
  return tokens
    .map((token, index) => (index === tokens.length - 1 ? `${quote(token)}*` : quote(token)))
    .join(' ');
}

/**
 * Tokens cannot hold a quote today; doubling keeps the quoting sound even if WORD ever widens.
 */
function quote(token: string): string {
  return `"${token.replaceAll('"', '""')}"`;
}
