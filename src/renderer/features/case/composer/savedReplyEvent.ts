/**
 * The command palette inserts a saved reply by firing this on window, with detail `{ replyId }`; the
 * composer of the open case listens, switches to "Reply to customer" and inserts the reply there.
 */
export const INSERT_SAVED_REPLY_EVENT = 'nara:insert-saved-reply';

/** The reply id carried by an insert-saved-reply event, if it carries one. */
export function savedReplyIdOf(event: Event): string | null {
  const detail: unknown = (event as CustomEvent<unknown>).detail;
  const replyId = (detail as { replyId?: unknown } | null)?.replyId;
  return typeof replyId === 'string' ? replyId : null;
}
