import { ApiError } from '../../shared/api';
import type { InboxView } from '../../shared/domain';

/** Where the previous page ended: the last row's sort key and its rowid (the tie-breaker). */
export interface InboxCursor {
  key: number;
  n: number;
}

/** Opaque to clients; the view is inside so a cursor cannot silently page through another view. */
export function encodeInboxCursor(view: InboxView, cursor: InboxCursor): string {
  return Buffer.from(JSON.stringify([view, cursor.key, cursor.n])).toString('base64url');
}

export function decodeInboxCursor(view: InboxView, text: string): InboxCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (
    Array.isArray(parsed) &&
    parsed.length === 3 &&
    parsed[0] === view &&
    Number.isSafeInteger(parsed[1]) &&
    Number.isSafeInteger(parsed[2])
  ) {
    return { key: parsed[1] as number, n: parsed[2] as number };
  }
  throw new ApiError(
    'invalid_args',
    `This cursor does not belong to the "${view}" view; start again from the top.`,
  );
}
