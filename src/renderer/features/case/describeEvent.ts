import type { TFunction } from 'i18next';
import { CaseStatus, Priority, type Agent, type Locale, type TimelineEvent } from '../../../shared/domain';
import { formatDateTime, formatDuration } from '../../i18n/format';

export type EventVariant = 'note' | 'in' | 'out' | 'system';

export interface EventDescription {
  variant: EventVariant;
  /** The visible heading: "Phone call from Åsa Ångström" or "Status changed to Waiting by Karin Berg". */
  heading: string;
  when: string;
  /** The article's accessible name: who, what kind and when. */
  label: string;
  /** Extra facts shown small, e.g. a call's length or a promise's text. */
  details: string[];
}

export interface DescribeContext {
  personName: string;
  agentsById: ReadonlyMap<string, Agent>;
  locale: Locale;
  now: number;
  t: TFunction;
}

function agentName(id: unknown, ctx: DescribeContext): string {
  if (typeof id !== 'string') return ctx.t('timeline.unknownAgent');
  return ctx.agentsById.get(id)?.name ?? ctx.t('timeline.unknownAgent');
}

/** Who did a recorded change: an agent, or Nära itself (a snooze that ran out). */
function actor(event: TimelineEvent, ctx: DescribeContext): string {
  return event.authorId === null ? ctx.t('timeline.systemActor') : agentName(event.authorId, ctx);
}

function systemHeading(event: TimelineEvent, ctx: DescribeContext): string {
  const { t } = ctx;
  const who = actor(event, ctx);
  switch (event.kind) {
    case 'status_changed': {
      const to = CaseStatus.safeParse(event.meta.to);
      return to.success
        ? t('timeline.system.statusChanged', { to: t(`status.${to.data}`), who })
        : t('timeline.system.statusChangedPlain', { who });
    }
    case 'priority_changed': {
      const to = Priority.safeParse(event.meta.to);
      return to.success
        ? t('timeline.system.priorityChanged', { to: t(`priority.${to.data}`), who })
        : t('timeline.system.priorityChangedPlain', { who });
    }
    case 'assigned':
      // Core records a change of the person's personal agent as an 'assigned' event flagged personalAgent.
      if (event.meta.personalAgent === true) {
        return typeof event.meta.to === 'string'
          ? t('timeline.system.personalAgentSet', { to: agentName(event.meta.to, ctx), who })
          : t('timeline.system.personalAgentCleared', { who });
      }
      return typeof event.meta.to === 'string'
        ? t('timeline.system.assigned', { to: agentName(event.meta.to, ctx), who })
        : t('timeline.system.unassigned', { who });
    case 'promise_made':
      return t('timeline.system.promiseMade', { who });
    case 'promise_kept':
      return t('timeline.system.promiseKept', { who });
    case 'promise_cancelled':
      return t('timeline.system.promiseCancelled', { who });
    default:
      return t('timeline.system.personMerged', { who });
  }
}

/** Facts a system line adds: the promise's words and due time, the hand-over note. */
function systemDetails(event: TimelineEvent, ctx: DescribeContext): string[] {
  const details: string[] = [];
  if (typeof event.meta.text === 'string' && event.meta.text !== '') details.push(`“${event.meta.text}”`);
  if (event.kind === 'promise_made' && typeof event.meta.dueAt === 'number') {
    details.push(
      ctx.t('case.promiseDue', {
        text: event.bodyText,
        when: formatDateTime(event.meta.dueAt, ctx.now, ctx.locale),
      }),
    );
  } else if (event.bodyText.trim() !== '') {
    details.push(event.bodyText);
  }
  return details;
}

/** Puts one timeline event into words for its heading and its accessible name. */
export function describeEvent(event: TimelineEvent, ctx: DescribeContext): EventDescription {
  const { t } = ctx;
  const when = formatDateTime(event.createdAt, ctx.now, ctx.locale);
  const describe = (variant: EventVariant, heading: string, label: string, details: string[]) => ({
    variant,
    heading,
    when,
    label: t('timeline.withTime', { text: label, when }),
    details,
  });
  if (event.kind === 'note') {
    const who = actor(event, ctx);
    return describe('note', who, t('timeline.noteLabel', { who }), []);
  }
  if (event.kind === 'contact') {
    const direction = event.direction ?? (event.authorId === null ? 'in' : 'out');
    const what = event.channel
      ? t(`timeline.contact.${event.channel}_${direction}`)
      : t('timeline.contact.unknown');
    const heading =
      direction === 'in'
        ? t('timeline.contactIn', { what, who: ctx.personName })
        : t('timeline.contactOut', { what, who: actor(event, ctx) });
    const duration = event.meta.durationSec;
    const details =
      typeof duration === 'number' && duration > 0
        ? [t('timeline.duration', { duration: formatDuration(duration, ctx.locale) })]
        : [];
    return describe(direction, heading, heading, details);
  }
  const heading = systemHeading(event, ctx);
  return describe('system', heading, heading, systemDetails(event, ctx));
}
