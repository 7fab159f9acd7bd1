import { describe, expect, it } from 'vitest';
import { searchAll } from '../../../src/core/queries/search';
import { methods, type ArgsIn } from '../../../src/shared/api';
import { DAY, HOUR, NOW, makeDesk } from './fixtures';

/** Three Hansens: Bjørn with a live email case and an old closed letter, Kari with a closed chat, Per with none. */
function hansens() {
  const desk = makeDesk();
  const bjorn = desk.person({ name: 'Bjørn Hansen' });
  const kari = desk.person({ name: 'Kari Hansen' });
  const per = desk.person({ name: 'Per Hansen' });
  const liveEmail = desk.caseOf({
    personId: bjorn,
    subject: 'Elavtal som löper ut',
    channel: 'email',
    status: 'open',
    lastContactAt: NOW - DAY,
  });
  const oldLetter = desk.caseOf({
    personId: bjorn,
    subject: 'Elavtal från 2019',
    channel: 'letter',
    status: 'closed',
    lastContactAt: NOW - 40 * DAY,
  });
  const karisChat = desk.caseOf({
    personId: kari,
    subject: 'Flytt',
    channel: 'chat',
    status: 'closed',
    lastContactAt: NOW - 5 * DAY,
  });
  // A phone call logged on the email case: it belongs to the email case.
  const call = desk.event({
    caseId: liveEmail,
    channel: 'phone',
    bodyText: 'Ringde om elavtalet.',
    createdAt: NOW - DAY,
  });
  const letter = desk.event({
    caseId: oldLetter,
    channel: 'letter',
    bodyText: 'Brev om elavtalet.',
    createdAt: NOW - 40 * DAY,
  });
  const chat = desk.event({
    caseId: karisChat,
    channel: 'chat',
    bodyText: 'Elavtalet ska flyttas.',
    createdAt: NOW - 5 * DAY,
  });
  return { desk, bjorn, kari, per, liveEmail, oldLetter, karisChat, call, letter, chat };
}

function ids(h: ReturnType<typeof hansens>, args: ArgsIn<'search.query'>): string[] {
  const result = searchAll(h.desk.db, h.desk.ctx, methods['search.query'].args.parse(args));
  return methods['search.query'].result.parse(result).hits.map((hit) => `${hit.kind}:${hit.id}`);
}

describe('search filters', () => {
  it('without filters, finds everyone, every case and every message', () => {
    const h = hansens();
    expect(ids(h, { q: 'hansen', kinds: ['person'] })).toHaveLength(3);
    expect(ids(h, { q: 'elavtal' })).toHaveLength(5);
  });

  it('by status: cases, and messages through their case; a person when any of their cases has it', () => {
    const h = hansens();
    expect(ids(h, { q: 'hansen', kinds: ['person'], status: 'closed' }).sort()).toEqual(
      [`person:${h.bjorn}`, `person:${h.kari}`].sort(),
    );
    expect(ids(h, { q: 'elavtal', status: 'closed' }).sort()).toEqual(
      [`case:${h.oldLetter}`, `message:${h.letter}`, `message:${h.chat}`].sort(),
    );
    expect(ids(h, { q: 'elavtal', status: 'open' }).sort()).toEqual(
      [`case:${h.liveEmail}`, `message:${h.call}`].sort(),
    );
  });

  it('by channel: the case’s channel, so a call logged on an email case counts as email', () => {
    const h = hansens();
    expect(ids(h, { q: 'elavtal', channel: 'email' }).sort()).toEqual(
      [`case:${h.liveEmail}`, `message:${h.call}`].sort(),
    );
    expect(ids(h, { q: 'elavtal', channel: 'phone' })).toEqual([]);
    expect(ids(h, { q: 'hansen', kinds: ['person'], channel: 'chat' })).toEqual([`person:${h.kari}`]);
  });

  it('since: messages written, cases and people last in touch, at or after it', () => {
    const h = hansens();
    const since = NOW - 5 * DAY;
    expect(ids(h, { q: 'elavtal', since }).sort()).toEqual(
      [`case:${h.liveEmail}`, `message:${h.call}`, `message:${h.chat}`].sort(),
    );
    expect(ids(h, { q: 'hansen', kinds: ['person'], since: since + HOUR })).toEqual([`person:${h.bjorn}`]);
  });

  it('all together: one case must pass every filter', () => {
    const h = hansens();
    // Bjørn has a closed case and an email case, but no closed email case.
    expect(ids(h, { q: 'hansen', kinds: ['person'], status: 'closed', channel: 'email' })).toEqual([]);
    expect(ids(h, { q: 'hansen', kinds: ['person'], status: 'closed', channel: 'letter' })).toEqual([
      `person:${h.bjorn}`,
    ]);
    expect(ids(h, { q: 'elavtal', status: 'closed', channel: 'chat', since: NOW - 6 * DAY })).toEqual([
      `message:${h.chat}`,
    ]);
  });
});
