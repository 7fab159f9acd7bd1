import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import type { Agent, TimelineEvent } from '../../src/shared/domain';
import { describeEvent, type DescribeContext } from '../../src/renderer/features/case/describeEvent';
import { setupI18n } from '../../src/renderer/i18n/setup';

const karin: Agent = {
  id: '0190e0a0-0000-7000-8000-00000000000a',
  name: 'Karin Berg',
  email: 'k@x',
  teamId: 'team',
};
const olof: Agent = {
  id: '0190e0a0-0000-7000-8000-00000000000b',
  name: 'Olof Nyström',
  email: 'o@x',
  teamId: 'team',
};
const at = new Date(2026, 2, 12, 14, 2).getTime();
const now = new Date(2026, 2, 13, 9, 0).getTime();

function event(fields: Partial<TimelineEvent>): TimelineEvent {
  return {
    id: '0190e0a0-0000-7000-8000-000000000001',
    caseId: 'case',
    personId: 'person',
    kind: 'contact',
    channel: null,
    direction: null,
    authorId: null,
    createdAt: at,
    bodyText: '',
    bodyRich: null,
    meta: {},
    ...fields,
  };
}

describe('timeline event labels', () => {
  let ctx: DescribeContext;
  beforeAll(async () => {
    const i18n = await setupI18n('en');
    ctx = {
      personName: 'Åsa Ångström',
      agentsById: new Map([karin, olof].map((a) => [a.id, a])),
      locale: 'en',
      now,
      t: i18n.t as TFunction,
    };
  });

  it('says an internal note is one, by whom and when', () => {
    const d = describeEvent(event({ kind: 'note', authorId: karin.id, bodyText: 'Called the bank' }), ctx);
    expect(d.variant).toBe('note');
    expect(d.label).toBe('Internal note by Karin Berg, 12 March at 14:02');
  });

  it('names the customer on an incoming call and the call length', () => {
    const d = describeEvent(event({ channel: 'phone', direction: 'in', meta: { durationSec: 252 } }), ctx);
    expect(d.variant).toBe('in');
    expect(d.label).toBe('Phone call from Åsa Ångström, 12 March at 14:02');
    expect(d.details).toEqual(['Duration 4 mins 12 secs']);
  });

  it('calls an outgoing email a reply, by the agent who sent it', () => {
    const d = describeEvent(event({ channel: 'email', direction: 'out', authorId: karin.id }), ctx);
    expect(d.variant).toBe('out');
    expect(d.label).toBe('Email reply by Karin Berg, 12 March at 14:02');
  });

  it('writes status changes, hand-overs and promises as system lines', () => {
    const status = describeEvent(
      event({ kind: 'status_changed', authorId: karin.id, meta: { from: 'open', to: 'waiting' } }),
      ctx,
    );
    expect(status.variant).toBe('system');
    expect(status.heading).toBe('Status changed to Waiting by Karin Berg');

    const handOver = describeEvent(
      event({
        kind: 'assigned',
        authorId: karin.id,
        bodyText: 'Olof knows the pension rules',
        meta: { from: karin.id, to: olof.id },
      }),
      ctx,
    );
    expect(handOver.heading).toBe('Assigned to Olof Nyström by Karin Berg');
    expect(handOver.details).toEqual(['Olof knows the pension rules']);

    const unassigned = describeEvent(
      event({ kind: 'assigned', authorId: karin.id, meta: { from: karin.id, to: null } }),
      ctx,
    );
    expect(unassigned.heading).toBe('Unassigned by Karin Berg');

    // A change of the person's personal agent is not a hand-over of the case.
    const personalAgent = describeEvent(
      event({ kind: 'assigned', authorId: karin.id, meta: { from: null, to: olof.id, personalAgent: true } }),
      ctx,
    );
    expect(personalAgent.heading).toBe('Personal agent set to Olof Nyström by Karin Berg');

    const promise = describeEvent(
      event({
        kind: 'promise_made',
        authorId: karin.id,
        bodyText: 'Call back about the refund',
        meta: { dueAt: at },
      }),
      ctx,
    );
    expect(promise.label).toBe('Promise made by Karin Berg, 12 March at 14:02');
    expect(promise.details).toEqual(['Call back about the refund — due 12 March at 14:02']);
  });

  it('credits Nära with changes no agent made, such as a snooze running out', () => {
    const d = describeEvent(event({ kind: 'status_changed', meta: { from: 'snoozed', to: 'open' } }), ctx);
    expect(d.heading).toBe('Status changed to Open by Nära');
  });
});
