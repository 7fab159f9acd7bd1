import { createHeadlessEditor } from '@lexical/headless';
import fc from 'fast-check';
import { $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { noteWithConflictCopy, noteWithDuplicates } from '../../../src/shared/sync/personNotes';
import { setPersonNote } from '../../../src/core/commands/people/setPersonNote';
import { lexicalFromParagraphs, textFromParagraphs } from '../../../src/shared/text/lexicalText';
import { argsFor, HOUR, makeDesk, NOW } from './fixtures';

/** What the person view's editor would show: Lexical's own reading of the stored rich text. */
function lexicalText(rich: string | null): string {
  const editor = createHeadlessEditor({
    nodes: [],
    onError: (error) => {
      throw error;
    },
  });
  return editor.parseEditorState(rich ?? '').read(() => $getRoot().getTextContent());
}

// Paragraph text as an editor holds it: no line breaks inside (those make new paragraphs).
const paragraph = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => !/[\n\r]/.test(s));
const paragraphs = fc.array(paragraph, { minLength: 1, maxLength: 4 });
const author = { name: 'Ole Nørgaard', at: NOW };

describe('a conflict copy never loses text', () => {
  it('keeps both versions whole, in rich and plain text that say the same', () => {
    fc.assert(
      fc.property(paragraphs, paragraphs, (mine, theirs) => {
        const saving = { rich: lexicalFromParagraphs(mine), text: textFromParagraphs(mine) };
        const other = { rich: lexicalFromParagraphs(theirs), text: textFromParagraphs(theirs) };
        const merged = noteWithConflictCopy(saving, other, author);
        expect(merged.text.startsWith(saving.text)).toBe(true);
        expect(merged.text.endsWith(other.text)).toBe(true);
        expect(lexicalText(merged.rich)).toBe(merged.text);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps a version that has only plain text, or rich text that is not an editor state', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), (mine, theirs) => {
        const merged = noteWithConflictCopy(
          { rich: 'not json', text: mine },
          { rich: null, text: theirs },
          author,
        );
        expect(merged.text).toContain(mine);
        expect(merged.text).toContain(theirs);
        expect(merged.text).toContain(
          '— Conflicting version saved by Ole Nørgaard at 2026-03-10 09:00 UTC —',
        );
      }),
      { numRuns: 100 },
    );
  });

  it('names nobody when the store does not know who saved the other version', () => {
    const merged = noteWithConflictCopy(
      { rich: null, text: 'A' },
      { rich: null, text: 'B' },
      { name: null, at: null },
    );
    expect(merged.text).toBe('A\n\n— Conflicting version saved by another agent —\n\nB');
  });

  it('two agents saving one after the other from the same start both find their words in the note', () => {
    fc.assert(
      fc.property(paragraphs, paragraphs, paragraphs, (start, mine, theirs) => {
        const desk = makeDesk();
        const personId = desk.personId;
        const save = (meId: string, now: number, words: string[], base: string | null) =>
          setPersonNote(
            { db: desk.db, meId, now },
            argsFor('people.setNote', {
              personId,
              noteRich: lexicalFromParagraphs(words),
              noteText: textFromParagraphs(words),
              baseNoteText: base,
            }),
          ).person;
        save(desk.meId, NOW, start, null);
        save(desk.colleagueId, NOW + HOUR, theirs, textFromParagraphs(start));
        const final = save(desk.meId, NOW + 2 * HOUR, mine, textFromParagraphs(start));
        expect(final.noteText).toContain(textFromParagraphs(mine));
        expect(final.noteText).toContain(textFromParagraphs(theirs));
        expect(lexicalText(final.noteRich)).toBe(final.noteText);
      }),
      { numRuns: 25 },
    );
  });
});

describe('a merge keeps both notes', () => {
  it('adds the duplicate’s note below the kept one, once', () => {
    const kept = { rich: lexicalFromParagraphs(['Ring efter 15.']), text: 'Ring efter 15.' };
    const duplicate = { rich: null, text: 'Föredrar svenska.' };
    const merged = noteWithDuplicates(kept, duplicate);
    expect(merged.text).toBe('Ring efter 15.\n\nFöredrar svenska.');
    expect(lexicalText(merged.rich)).toBe(merged.text);
    expect(noteWithDuplicates(kept, { rich: null, text: 'Ring efter 15.' })).toBe(kept);
    expect(noteWithDuplicates(kept, { rich: null, text: '' })).toBe(kept);
    expect(noteWithDuplicates({ rich: null, text: '' }, duplicate)).toBe(duplicate);
  });
});
