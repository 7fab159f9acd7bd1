import type { Args, Result } from '../../../shared/api';
import { personFromRow } from '../../store/rows';
import type { CommandContext } from '../context';
import { readPerson } from '../records';
import { runCommand } from '../runCommand';
import { requireLivePerson } from './livePerson';
import { noteWithConflictCopy, type NoteVersion } from '../../../shared/sync/personNotes';
import { prepared } from '../../queries/statements';

interface NoteAuthorRow {
  note_updated_at: number | null;
  author_name: string | null;
}

/**
 * "What matters to them": the rich-text note every agent sees. When the editor's starting text
 * (`baseNoteText`) is no longer what is stored, a colleague saved in between: both versions are kept,
 * the other one as a marked conflict copy below this one, never a silent overwrite.
 */
export function setPersonNote(ctx: CommandContext, args: Args<'people.setNote'>): Result<'people.setNote'> {
  const before = requireLivePerson(ctx.db, args.personId);
  if (before.note_text === args.noteText && before.note_rich === args.noteRich) {
    return { person: personFromRow(before) };
  }
  const changedMeanwhile =
    args.baseNoteText !== null &&
    args.baseNoteText !== before.note_text &&
    args.noteText !== before.note_text;
  const saving: NoteVersion = { rich: args.noteRich, text: args.noteText };
  return runCommand(ctx, 'people.setNote', args, {}, () => {
    const stored: NoteVersion = { rich: before.note_rich, text: before.note_text };
    const note = changedMeanwhile ? noteWithConflictCopy(saving, stored, lastAuthor(ctx, before.id)) : saving;
    prepared(
      ctx.db,
      'UPDATE people SET note_rich = ?, note_text = ?, note_updated_by = ?, note_updated_at = ? WHERE id = ?',
    ).run(note.rich, note.text, ctx.meId, ctx.now, before.id);
    return { person: readPerson(ctx.db, before.id) };
  });
}

/** Who saved the stored note, and when: named in the conflict copy's heading. */
function lastAuthor(ctx: CommandContext, personId: string): { name: string | null; at: number | null } {
  const row = prepared(
    ctx.db,
    `SELECT p.note_updated_at, a.name AS author_name
       FROM people p LEFT JOIN agents a ON a.id = p.note_updated_by WHERE p.id = ?`,
  ).get(personId) as NoteAuthorRow;
  return { name: row.author_name, at: row.note_updated_at };
}
