import { splitSnippet } from './snippet';

/** Each part is text; matches are wrapped in <mark>, so nothing in a note is read as markup. */
export function Snippet({ snippet }: { snippet: string }) {
  return (
    <span className="snippet">
      {splitSnippet(snippet).map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </span>
  );
}
