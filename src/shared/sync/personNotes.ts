import {
  lexicalFromNodes,
  lexicalParagraph,
  lexicalRootChildren,
  textFromParagraphs,
  type LexicalNodeJson,
} from '../text/lexicalText';
/**
 * How a person's note ("what matters to them") combines when two versions meet: two agents saving at
 * once (a marked conflict copy), or two records merged. Never a silent overwrite. Desk and hub derive
 * the very same text, so whichever side combines, they converge.
 * Rich text is Lexical's serialized editor state (key order as Lexical 0.52 writes it), built by
 * hand: shared code must not import Lexical.
 */

export interface NoteVersion {
  rich: string | null;
  text: string;
}

export interface OtherAuthor {
  /** The colleague who saved the other version; null when unknown. */
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
function nodesOf(version: NoteVersion): LexicalNodeJson[] {
  const children = lexicalRootChildren(version.rich);
  if (children !== null) return children;
  return version.text === '' ? [] : version.text.split(/\n{2,}/).map(lexicalParagraph);
}

/** Two agents saved at once: the version being saved first, a marked heading, then the other in full. */
export function noteWithConflictCopy(
  saving: NoteVersion,
  other: NoteVersion,
  author: OtherAuthor,
): NoteVersion {
  const heading = conflictHeading(author);
  return {
    rich: lexicalFromNodes([...nodesOf(saving), lexicalParagraph(heading), ...nodesOf(other)]),
    text: textFromParagraphs([saving.text, heading, other.text].filter((part) => part !== '')),
  };
}

/** A merge keeps both records' notes: the kept person's first, then the duplicate's (unless the same). */
export function noteWithDuplicates(kept: NoteVersion, duplicate: NoteVersion): NoteVersion {
  if (duplicate.text === '' || duplicate.text === kept.text) return kept;
  if (kept.text === '') return duplicate;
  return {
    rich: lexicalFromNodes([...nodesOf(kept), ...nodesOf(duplicate)]),
    text: textFromParagraphs([kept.text, duplicate.text]),
  };
}

/**
 * The note a save leaves behind. `base` is the text the editor started from: when the stored note
 * is no longer that (a colleague saved in between) and this save does not already equal it, the
 * stored version is kept below as a conflict copy.
 */
export function noteAfterSave(
  stored: NoteVersion,
  saving: NoteVersion,
  base: string | null,
  storedAuthor: OtherAuthor,
): NoteVersion {
  const changedMeanwhile = base !== null && base !== stored.text && saving.text !== stored.text;
  return changedMeanwhile ? noteWithConflictCopy(saving, stored, storedAuthor) : saving;
}
