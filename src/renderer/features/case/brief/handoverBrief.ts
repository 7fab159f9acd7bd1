import type { Result } from '../../../../shared/api';
import type { CasePromise, Channel, Direction, TimelineEvent } from '../../../../shared/domain';
import { REPEAT_THRESHOLD } from '../../inbox/rowFacts';

/** How much of the latest internal note the brief quotes: two lines, about a sentence or two. */
export const NOTE_EXCERPT_CHARS = 160;

export interface BriefPromise {
  promise: CasePromise;
  overdue: boolean;
}

export interface HandoverBrief {
  /** Open promises, soonest due first (overdue ones on top) — whatever the case's status. */
  promises: BriefPromise[];
  lastContact: { at: number; channel: Channel | null; direction: Direction; authorId: string | null } | null;
  /** The last agent who did anything on the case: wrote, replied, logged, assigned, changed it. */
  lastAgent: { agentId: string; at: number } | null;
  latestNote: { excerpt: string; authorId: string | null; at: number } | null;
  repeat: { contacts7d: number; channels: Channel[]; isRepeat: boolean };
}

/** Whitespace folded and cut at a word boundary, with an ellipsis when anything was left out. */
export function excerpt(text: string, max = NOTE_EXCERPT_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  // A word longer than a third of the excerpt (a URL) is cut where it stands.
  return `${(space > max * 0.66 ? cut.slice(0, space) : cut).replace(/[\s.,;:–—-]+$/, '')}…`;
}

function latest(events: readonly TimelineEvent[], test: (event: TimelineEvent) => boolean) {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i] as TimelineEvent;
    if (test(event)) return event;
  }
  return undefined;
}

/**
 * What the next agent needs to know in a minute, from one `cases.get` answer: what we promised and
 * whether it is late, when and how the person last reached us (or we them), who handled the case last,
 * the latest internal note, and whether this is one contact of many this week.
 */
export function handoverBrief(
  data: Pick<Result<'cases.get'>, 'events' | 'promises' | 'repeat'>,
  now: number,
): HandoverBrief {
  const promises = data.promises
    .filter((p) => p.status === 'open')
    .sort((a, b) => a.dueAt - b.dueAt)
    .map((promise) => ({ promise, overdue: promise.dueAt <= now }));

  const contact = latest(data.events, (e) => e.kind === 'contact');
  const acted = latest(data.events, (e) => e.authorId !== null);
  const note = latest(data.events, (e) => e.kind === 'note' && e.bodyText.trim() !== '');

  return {
    promises,
    lastContact: contact
      ? {
          at: contact.createdAt,
          channel: contact.channel,
          direction: contact.direction ?? (contact.authorId === null ? 'in' : 'out'),
          authorId: contact.authorId,
        }
      : null,
    lastAgent: acted?.authorId ? { agentId: acted.authorId, at: acted.createdAt } : null,
    latestNote: note
      ? { excerpt: excerpt(note.bodyText), authorId: note.authorId, at: note.createdAt }
      : null,
    repeat: {
      contacts7d: data.repeat.contacts7d,
      channels: data.repeat.channels7d,
      isRepeat: data.repeat.contacts7d >= REPEAT_THRESHOLD,
    },
  };
}
