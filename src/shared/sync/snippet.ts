/**
 * The inbox snippet of a contact, derived the same way on desk and hub so both hold the same case
 * row: the start of the message as one line of plain text, cut on a character (not UTF-16 unit)
 * boundary. A row is one line; ~140 characters fill it.
 */
export const SNIPPET_LENGTH = 140;

export function snippetOf(text: string): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  if (chars.length <= SNIPPET_LENGTH) return chars.join('');
  return `${chars
    .slice(0, SNIPPET_LENGTH - 1)
    .join('')
    .trimEnd()}…`;
}
