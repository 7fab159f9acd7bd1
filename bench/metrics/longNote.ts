export const NOTE_WORDS = 10_000;
const WORDS_PER_PARAGRAPH = 120;
const VOCABULARY = (
  'kunden ringde om fakturan och ville veta varför avgiften ändrats the customer asked about the new ' +
  'address and wants a call back före fredag hun spurte om kortet som ble sperret i går'
).split(' ');

/** A 10,000-word note as its paragraphs, the same every run. */
export function longNote(words = NOTE_WORDS): string[] {
  const paragraphs: string[] = [];
  for (let start = 0; start < words; start += WORDS_PER_PARAGRAPH) {
    const count = Math.min(WORDS_PER_PARAGRAPH, words - start);
    paragraphs.push(
      Array.from({ length: count }, (_, i) => VOCABULARY[(start + i) % VOCABULARY.length]).join(' '),
    );
  }
  return paragraphs;
}
