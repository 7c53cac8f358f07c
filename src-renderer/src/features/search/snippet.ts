/**
 * The contract's snippet markers, repeated here because the renderer imports only types from
 * the contract. Matches arrive as OPEN…CLOSE around plain text; never as markup.
 */
export const SNIPPET_OPEN = '\u0002';
export const SNIPPET_CLOSE = '\u0003';

export interface SnippetPart {
  text: string;
  match: boolean;
}

/** Splits a snippet into plain parts and matched parts; stray markers are dropped. */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let match = false;
  let text = '';
  const push = () => {
    if (text) parts.push({ text, match });
    text = '';
  };
  for (const char of snippet) {
    if (char === SNIPPET_OPEN) {
      push();
      match = true;
    } else if (char === SNIPPET_CLOSE) {
      push();
      match = false;
    } else {
      text += char;
    }
  }
  push();
  return parts;
}
