import type { InboxView } from '../../shared/domain';

/**
 * Each inbox view as SQL over `cases c`, written so SQLite walks an index in the list's order
 * (see the EXPLAIN QUERY PLAN tests). Where the view is narrower than its channel, a unary `+`
 * keeps the planner off the channel index; CROSS JOIN fixes the join order.
 * Parameters: :team, :me, :channel, and for paging :key, :n, :limit, :offset.
 */
interface ViewSql {
  from: string;
  where: string;
  /** How the optional channel filter is applied: through the channel index, or row by row. */
  channel: 'c.channel' | '+c.channel';
  /** 'recent': newest contact first (the schema's index order); 'promise': earliest open promise first. */
  sort: 'recent' | 'promise';
}

const active = `c.status IN ('open', 'waiting')`;
const ofStatus = (status: string): ViewSql => ({
  from: 'cases c',
  where: `c.team_id = :team AND c.status = '${status}'`,
  channel: 'c.channel',
  sort: 'recent',
});

const views: Record<InboxView, ViewSql> = {
  mine: {
    from: 'cases c',
    where: `c.team_id = :team AND c.assignee_id = :me AND ${active}`,
    channel: '+c.channel',
    sort: 'recent',
  },
  my_people: {
    from: 'people p CROSS JOIN cases c ON c.person_id = p.id',
    where: `p.personal_agent_id = :me AND ${active} AND +c.team_id = :team`,
    channel: '+c.channel',
    sort: 'recent',
  },
  team: { from: 'cases c', where: `c.team_id = :team AND ${active}`, channel: 'c.channel', sort: 'recent' },
  unassigned: {
    from: 'cases c',
    where: `c.team_id = :team AND c.assignee_id IS NULL AND ${active}`,
    channel: '+c.channel',
    sort: 'recent',
  },
  waiting: ofStatus('waiting'),
  snoozed: ofStatus('snoozed'),
  closed: ofStatus('closed'),
  // Any owner's promise counts: a colleague's overdue call-back is the team's problem too.
  promises_due: {
    from: `(SELECT case_id, min(due_at) AS due FROM promises WHERE status = 'open' GROUP BY case_id) d
      CROSS JOIN cases c ON c.id = d.case_id`,
    where: '+c.team_id = :team',
    channel: '+c.channel',
    sort: 'promise',
  },
};

const sortSql = {
  recent: {
    key: 'c.last_contact_at',
    after: '(c.last_contact_at < :key OR (c.last_contact_at = :key AND c.n < :n))',
    order: 'c.last_contact_at DESC, c.n DESC',
  },
  promise: {
    key: 'd.due',
    after: '(d.due > :key OR (d.due = :key AND c.n > :n))',
    order: 'd.due ASC, c.n ASC',
  },
} as const;

export interface PageShape {
  channel: boolean;
  /** Continue after a cursor (keyset). */
  after: boolean;
  /** Jump over :offset rows. */
  offset: boolean;
}

function filtered(view: InboxView, channel: boolean): string {
  const { from, where, channel: column } = views[view];
  return `FROM ${from} WHERE ${where}${channel ? ` AND ${column} = :channel` : ''}`;
}

/** Sort key and rowid of one page (plus one row, to know whether another page follows). */
export function pageKeysSql(view: InboxView, shape: PageShape): string {
  const sort = sortSql[views[view].sort];
  return (
    `SELECT c.n AS n, ${sort.key} AS key ${filtered(view, shape.channel)}` +
    (shape.after ? ` AND ${sort.after}` : '') +
    ` ORDER BY ${sort.order} LIMIT :limit` +
    (shape.offset ? ' OFFSET :offset' : '')
  );
}

export function countSql(view: InboxView, channel: boolean): string {
  return `SELECT count(*) AS total ${filtered(view, channel)}`;
}
