/**
 * Folds text for search so a query typed without diacritics finds names with them.
 * SQLite's unicode61 tokenizer strips combining marks (å, ä, ö, ü) but leaves letters that have
 * no decomposition (ø, æ, ß, đ, ł); we map those by hand, as a Nordic keyboard-less agent types them.
 */
const letters: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
};

const pattern = /[øæœßđðþłı]/g;

export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(pattern, (c) => letters[c] ?? c);
}
