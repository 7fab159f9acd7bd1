import type { CaseStatus, Channel, EventKind, Direction, Priority, PromiseStatus } from '../../shared/domain';
import { DAY, HOUR } from './caseClock';
import { promiseDueAt } from './promiseDue';
import type { PromiseKind } from './scenarios';
import type { CasePlan } from './casePlan';
import { caseTimes } from './caseTimes';
import { fillTemplate, groupThousands, type Phrases } from './content/phrases';
import { phrasesByLocale } from './content/phrasesByLocale';
import { lexicalFromParagraphs } from '../../shared/text/lexicalText';
import type { Rng } from './prng';
import { seededUuidV7 } from './seededUuidV7';
import { agentAt, teamAt, type DemoWorkspace } from './workspaceIndex';

export interface CaseValues {
  id: string;
  ref: string;
  personId: string;
  teamId: string;
  subject: string;
  channel: Channel;
  status: CaseStatus;
  priority: Priority;
  assigneeId: string | null;
  createdAt: number;
  updatedAt: number;
  lastContactAt: number;
  snippet: string;
  snoozedUntil: number | null;
  firstResponseAt: number | null;
  closedAt: number | null;
  unread: 0 | 1;
}

export interface EventValues {
  id: string;
  kind: EventKind;
  channel: Channel | null;
  direction: Direction | null;
  authorId: string | null;
  createdAt: number;
  bodyText: string;
  bodyRich: string | null;
  /** JSON text. */
  meta: string;
}

export interface PromiseValues {
  id: string;
  text: string;
  dueAt: number;
  ownerId: string;
  status: PromiseStatus;
  createdAt: number;
  createdBy: string;
  resolvedAt: number | null;
  resolutionNote: string | null;
}

export interface DemoCase {
  row: CaseValues;
  events: EventValues[];
  promises: PromiseValues[];
}

/** Where the desk answers a contact that came in on each channel (a web form gets an e-mail back). */
const replyChannel: Record<Channel, Channel> = {
  email: 'email',
  phone: 'phone',
  chat: 'chat',
  webform: 'email',
  letter: 'letter',
  visit: 'phone',
};
const SNIPPET_LENGTH = 140;

/** The start of a message on one line, cut at a word with an ellipsis when it is longer. */
function snippetOf(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= SNIPPET_LENGTH) return line;
  const cut = line.lastIndexOf(' ', SNIPPET_LENGTH - 1);
  return `${line.slice(0, cut > 0 ? cut : SNIPPET_LENGTH - 1)}…`;
}

/** Turns a plan into the case row, its timeline and its promises, with times and texts in the person's language. */
export function caseRows(
  rng: Rng,
  ws: DemoWorkspace,
  plan: CasePlan,
  createdAt: number,
  ref: string,
): DemoCase {
  const { now, people } = ws;
  const phrases: Phrases = phrasesByLocale[people.locale(plan.person)];
  const team = teamAt(ws, plan.team);
  const topic = rng.pick(phrases.topics[team.domain]);
  const caseId = seededUuidV7(rng, createdAt);
  const personId = people.id(plan.person);
  const times = caseTimes(rng, plan.slots.length, createdAt, now, plan.channel, plan.lastsUntilNow);
  const agentId = (agent: number): string => agentAt(ws, agent).id;
  const agentName = (agent: number): string => agentAt(ws, agent).firstName;
  const fill = (template: string, agent: number, extra: Record<string, string> = {}): string =>
    fillTemplate(template, {
      first: people.firstName(plan.person),
      agent: agentName(agent),
      amount: phrases.money(rng.int(49, 4800)),
      weekday: rng.pick(phrases.weekdays),
      meter: groupThousands(rng.int(1200, 64000)),
      ...extra,
    });

  const resolvedSlot = new Map<number, number>();
  plan.slots.forEach((slot, k) => {
    if (slot.kind === 'promise_resolved' && slot.promise !== undefined) resolvedSlot.set(slot.promise, k);
  });

  const events: EventValues[] = [];
  const promises: PromiseValues[] = [];
  const callBackPromises: boolean[] = [];
  let handovers = 0;
  let current: CaseStatus = 'open';
  let priority: Priority = plan.priorityBefore ?? plan.priority;
  let lastContact: EventValues | null = null;
  let firstResponseAt: number | null = null;
  let closedAt: number | null = null;
  let snoozedUntil: number | null = null;

  for (let k = 0; k < plan.slots.length; k++) {
    const slot = plan.slots[k] as CasePlan['slots'][number];
    const at = times[k] as number;
    const holder = plan.assigneePath[handovers];
    // Mostly the assignee acts; now and then a colleague helps out, and anyone in the team works the queue.
    const actor = holder !== undefined && rng.chance(0.9) ? holder : rng.pick(team.agents);
    const push = (
      kind: EventKind,
      fields: Partial<Omit<EventValues, 'id' | 'kind' | 'createdAt' | 'meta'>> & { meta?: object },
    ): EventValues => {
      const event: EventValues = {
        id: seededUuidV7(rng, at),
        kind,
        channel: fields.channel ?? null,
        direction: fields.direction ?? null,
        authorId: fields.authorId === undefined ? agentId(actor) : fields.authorId,
        createdAt: at,
        bodyText: fields.bodyText ?? '',
        bodyRich: fields.bodyRich ?? null,
        meta: JSON.stringify(fields.meta ?? {}),
      };
      events.push(event);
      return event;
    };

    switch (slot.kind) {
      case 'in': {
        const channel =
          slot.channel ??
          (k === 0 || rng.chance(0.8)
            ? plan.channel
            : rng.pick(['email', 'phone', 'chat', 'visit'] as const));
        const words = fill(k === 0 ? rng.pick(topic.openings) : rng.pick(phrases.followUps), actor);
        // A call or a visit is logged by the agent who took it; written messages come from the person.
        const spoken = channel === 'phone' || channel === 'visit';
        const prefix =
          channel === 'phone'
            ? `${phrases.incomingCall} `
            : channel === 'visit'
              ? `${phrases.frontDeskVisit} `
              : '';
        lastContact = push('contact', {
          channel,
          direction: 'in',
          authorId: spoken ? agentId(actor) : null,
          bodyText: prefix + words,
          meta: spoken ? { durationSec: rng.int(60, 1500) } : {},
        });
        break;
      }
      case 'out': {
        const channel = rng.chance(0.8) ? replyChannel[plan.channel] : rng.pick(['phone', 'email'] as const);
        const call = channel === 'phone';
        lastContact = push('contact', {
          channel,
          direction: 'out',
          bodyText: fill(rng.pick(call ? phrases.callSummaries : phrases.replies), actor),
          meta: call ? { durationSec: rng.int(45, 1200) } : {},
        });
        firstResponseAt ??= at;
        break;
      }
      case 'note': {
        const notes = rng.chance(0.6) ? phrases.domainNotes[team.domain] : phrases.notes;
        const text = fill(rng.pick(notes), actor);
        push('note', { bodyText: text, bodyRich: lexicalFromParagraphs([text]) });
        break;
      }
      case 'status': {
        const final = k === plan.slots.length - 1;
        const to: CaseStatus = final ? plan.status : current === 'open' ? 'waiting' : 'open';
        if (to === 'snoozed') snoozedUntil = now + rng.int(1, 10) * DAY + rng.int(0, 8) * HOUR;
        if (to === 'closed') closedAt = at;
        push('status_changed', {
          meta:
            snoozedUntil && to === 'snoozed'
              ? { from: current, to, until: snoozedUntil }
              : { from: current, to },
        });
        current = to;
        break;
      }
      case 'assigned': {
        const from = plan.assigneePath[handovers] as number;
        const to = plan.assigneePath[handovers + 1] as number;
        push('assigned', {
          authorId: agentId(from),
          bodyText: fill(rng.pick(phrases.handovers), from, { to: agentName(to) }),
          meta: { from: agentId(from), to: agentId(to) },
        });
        handovers++;
        break;
      }
      case 'priority':
        push('priority_changed', { meta: { from: priority, to: plan.priority } });
        priority = plan.priority;
        break;
      case 'promise_made': {
        const promise = slot.promise as number;
        const kind = plan.promises[promise] as PromiseKind;
        const owner = holder ?? actor;
        const dueAt = promiseDueAt(rng, kind, at, times[resolvedSlot.get(promise) ?? -1], now);
        const callBack =
          kind === 'overdue' || kind === 'due_today' ? plan.callBack || rng.chance(0.5) : rng.chance(0.4);
        callBackPromises[promise] = callBack;
        const options = callBack ? phrases.promises.callBack : phrases.promises.other[team.domain];
        const text = fill(rng.pick(options), owner);
        const id = seededUuidV7(rng, at);
        promises[promise] = {
          id,
          text,
          dueAt,
          ownerId: agentId(owner),
          status: kind === 'kept' || kind === 'late' ? 'kept' : kind === 'cancelled' ? 'cancelled' : 'open',
          createdAt: at,
          createdBy: agentId(owner),
          resolvedAt: null,
          resolutionNote: null,
        };
        push('promise_made', {
          authorId: agentId(owner),
          bodyText: text,
          meta: { promiseId: id, dueAt, ownerId: agentId(owner) },
        });
        break;
      }
      case 'promise_resolved': {
        const promise = promises[slot.promise as number] as PromiseValues;
        const kept = promise.status === 'kept';
        const keptNotes = callBackPromises[slot.promise as number]
          ? phrases.promiseKept.callBack
          : phrases.promiseKept.other;
        const note = fill(rng.pick(kept ? keptNotes : phrases.promiseCancelled), actor);
        promise.resolvedAt = at;
        promise.resolutionNote = note;
        push(kept ? 'promise_kept' : 'promise_cancelled', {
          bodyText: note,
          meta: kept ? { promiseId: promise.id, onTime: at <= promise.dueAt } : { promiseId: promise.id },
        });
        break;
      }
    }
  }

  const last = lastContact;
  if (!last) throw new Error('a case always starts with a contact');
  const finalAssignee = plan.assigneePath[plan.assigneePath.length - 1];
  const row: CaseValues = {
    id: caseId,
    ref,
    personId,
    teamId: team.id,
    subject: topic.subject,
    channel: plan.channel,
    status: plan.status,
    priority: plan.priority,
    assigneeId: finalAssignee === undefined ? null : agentId(finalAssignee),
    createdAt,
    updatedAt: (events[events.length - 1] as EventValues).createdAt,
    lastContactAt: last.createdAt,
    snippet: snippetOf(last.bodyText),
    snoozedUntil,
    firstResponseAt,
    closedAt,
    unread: plan.status === 'open' && last.direction === 'in' && rng.chance(0.7) ? 1 : 0,
  };
  return { row, events, promises };
}
