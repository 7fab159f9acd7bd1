/** How much of the latest contact the inbox row shows; a row is one line, ~140 characters fill it. */
export const SNIPPET_LENGTH = 140;

/** The start of a message as one line of plain text, cut on a character (not UTF-16 unit) boundary. */
export function snippetOf(text: string): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  if (chars.length <= SNIPPET_LENGTH) return chars.join('');
  return `${chars
    .slice(0, SNIPPET_LENGTH - 1)
    .join('')
    .trimEnd()}…`;
}
