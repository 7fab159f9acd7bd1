import type { Args, Result } from '../../shared/api';
import type { InboxRow } from '../../shared/domain';
import { inboxViews } from '../../shared/domain';
import type { Db } from '../store/openStore';
import type { QueryContext } from './context';
import { decodeInboxCursor, encodeInboxCursor } from './inboxCursor';
import { loadInboxRows } from './inboxRows';
import { countSql, pageKeysSql } from './inboxViews';
import { prepared } from './statements';
import { teamOf } from './team';

interface PageKey {
  n: number;
  key: number;
}

/**
 * One page of an inbox view, in five statements whatever its size: my team, the page's keys
 * (walked along an index), the rows with their joins, the rows' repeat signals, and the total.
 * `offset`, when given, jumps there (a scrollbar drag) and wins over `cursor`.
 */
export function listInbox(db: Db, ctx: QueryContext, args: Args<'cases.list'>): Result<'cases.list'> {
  const team = teamOf(db, ctx.meId);
  if (team === null) return { rows: [], total: 0, nextCursor: null };

  const jump = args.offset !== null;
  const cursor = !jump && args.cursor !== null ? decodeInboxCursor(args.view, args.cursor) : null;
  const shape = { channel: args.channel !== null, after: cursor !== null, offset: jump };
  const params = {
    team,
    me: ctx.meId,
    channel: args.channel,
    key: cursor?.key ?? 0,
    n: cursor?.n ?? 0,
    limit: args.limit + 1,
    offset: args.offset ?? 0,
  };

  const keys = prepared<PageKey>(db, pageKeysSql(args.view, shape)).all(params);
  const page = keys.slice(0, args.limit);
  const last = page.at(-1);
  const nextCursor =
    keys.length > args.limit && last ? encodeInboxCursor(args.view, { key: last.key, n: last.n }) : null;

  const total = prepared<{ total: number }>(db, countSql(args.view, shape.channel)).get(params)?.total ?? 0;
  const rows = loadInboxRows(
    db,
    ctx.now,
    page.map((k) => k.n),
  );
  return { rows, total, nextCursor };
}

/** How many cases each view holds, with the same definitions (and channel filter) the lists use. */
export function countInbox(db: Db, ctx: QueryContext, args: Args<'cases.counts'>): Result<'cases.counts'> {
  const team = teamOf(db, ctx.meId);
  const params = { team, me: ctx.meId, channel: args.channel };
  const counts = {} as Result<'cases.counts'>['counts'];
  for (const view of inboxViews) {
    counts[view] =
      team === null
        ? 0
        : (prepared<{ total: number }>(db, countSql(view, args.channel !== null)).get(params)?.total ?? 0);
  }
  return { counts };
}

/** One case as an inbox row, to refresh the list after a command changed it. */
export function getInboxRow(db: Db, ctx: QueryContext, caseId: string): InboxRow | null {
  const found = prepared<{ n: number }>(db, 'SELECT n FROM cases WHERE id = ?').get(caseId);
  if (!found) return null;
  return loadInboxRows(db, ctx.now, [found.n])[0] ?? null;
}
