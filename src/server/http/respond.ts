import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { isRetryable, syncErrorStatus, type SyncErrorBody, type SyncErrorCode } from '../../shared/sync';
import { SyncError } from '../sync/syncError';

/** The error reply every hub endpoint uses: {error: {code, message, retryable}} with its HTTP status. */
export function errorReply(c: Context, code: SyncErrorCode, message: string): Response {
  const body: SyncErrorBody = { error: { code, message, retryable: isRetryable(code) } };
  return c.json(body, syncErrorStatus[code] as ContentfulStatusCode);
}

/** The request body, parsed as JSON and validated; anything else is a 400 with the reason. */
export async function readBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new SyncError('bad_request', 'The body must be JSON.');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    throw new SyncError('bad_request', `${where}${issue?.message ?? 'invalid body'}`);
  }
  return parsed.data;
}

/** `Authorization: Bearer <secret>` → the secret, or ''. */
export function bearer(header: string | undefined | null): string {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] ?? '';
}
