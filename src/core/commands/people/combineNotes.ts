import {
  lexicalFromNodes,
  lexicalParagraph,
  lexicalRootChildren,
  textFromParagraphs,
  type LexicalNodeJson,
} from '../../text/lexicalText';

export interface NoteVersion {
  rich: string | null;
  text: string;
}

export interface OtherAuthor {
  /** The colleague who saved the other version; null when the store does not know. */
  name: string | null;
  at: number | null;
}

/** "2026-03-10 09:00 UTC": the same for every reader whatever their language or zone. */
function stamp(at: number): string {
  return `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function conflictHeading(other: OtherAuthor): string {
  const who = other.name ?? 'another agent';
  const when = other.at === null ? '' : ` at ${stamp(other.at)}`;
  return `— Conflicting version saved by ${who}${when} —`;
}

/** A version's top-level nodes: its own rich text, or one paragraph per blank-line-separated block. */
export function noteNodes(version: NoteVersion): LexicalNodeJson[] {
  const children = lexicalRootChildren(version.rich);
  if (children !== null) return children;
  return version.text === '' ? [] : version.text.split(/\n{2,}/).map(lexicalParagraph);
}

/**
 * Two agents edited the person note at once. Neither edit is dropped: the version being saved comes
 * first, then a marked heading, then the other version in full. Plain text and rich text say the same
 * (paragraphs joined by a blank line, as Lexical's text content does).
 */
export function noteWithConflictCopy(
  saving: NoteVersion,
  other: NoteVersion,
  author: OtherAuthor,
): NoteVersion {
  const heading = conflictHeading(author);
  return {
    rich: lexicalFromNodes([...noteNodes(saving), lexicalParagraph(heading), ...noteNodes(other)]),
    text: textFromParagraphs([saving.text, heading, other.text].filter((part) => part !== '')),
  };
}

/** A merge keeps both records' notes: the kept person's first, then the duplicate's (unless the same). */
export function noteWithDuplicates(kept: NoteVersion, duplicate: NoteVersion): NoteVersion {
  if (duplicate.text === '' || duplicate.text === kept.text) return kept;
  if (kept.text === '') return duplicate;
  return {
    rich: lexicalFromNodes([...noteNodes(kept), ...noteNodes(duplicate)]),
    text: textFromParagraphs([kept.text, duplicate.text]),
  };
}
