import type { Direction } from '../../../shared/domain';
import type { CaseRow } from '../../store/rows';
import type { CommandContext } from '../context';
import { snippetOf } from '../../../shared/sync/snippet';
import { prepared } from '../../queries/statements';

/**
 * A contact (reply, logged call, visit, letter) moves the case's "last contact" and its inbox snippet.
 * The first outgoing contact is the case's first response (a Goals figure); later ones leave it be.
 */
export function recordContactOnCase(
  ctx: CommandContext,
  caseRow: CaseRow,
  contact: { bodyText: string; direction: Direction },
): void {
  prepared(
    ctx.db,
    `UPDATE cases SET last_contact_at = ?, snippet = ?, updated_at = ?,
         first_response_at = CASE WHEN ? = 'out' THEN coalesce(first_response_at, ?) ELSE first_response_at END
       WHERE id = ?`,
  ).run(ctx.now, snippetOf(contact.bodyText), ctx.now, contact.direction, ctx.now, caseRow.id);
}
