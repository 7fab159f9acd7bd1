import { describe, expect, it } from 'vitest';
import { RepeatSignal } from '../../../src/shared/domain';
import { byPersonAndChannelSql, repeatSignal, repeatSignals } from '../../../src/core/queries/repeatSignal';
import { DAY, HOUR, NOW, makeDesk } from './fixtures';

describe('the repeat-contact signal', () => {
  it('counts the 4 contacts of the last 7 days across 2 channels, and not the older ones', () => {
    const desk = makeDesk();
    const person = desk.person({ name: 'Bjørn Hansen' });
    const invoice = desk.caseOf({ personId: person });
    const meter = desk.caseOf({ personId: person });
    desk.event({ caseId: invoice, channel: 'phone', createdAt: NOW - 6 * DAY });
    desk.event({ caseId: invoice, channel: 'email', createdAt: NOW - 3 * DAY });
    desk.event({ caseId: meter, channel: 'phone', createdAt: NOW - 2 * DAY });
    desk.event({ caseId: meter, channel: 'phone', createdAt: NOW - HOUR });
    // Not counted: older than 7 days, our own replies, notes.
    desk.event({ caseId: invoice, channel: 'visit', createdAt: NOW - 8 * DAY });
    desk.event({ caseId: invoice, channel: 'chat', createdAt: NOW - 7 * DAY - 1 });
    desk.event({ caseId: invoice, channel: 'letter', direction: 'out', createdAt: NOW - DAY });
    desk.event({ caseId: meter, kind: 'note', createdAt: NOW - DAY, bodyText: 'Ringde igen' });

    const signal = repeatSignal(desk.db, person, NOW);
    expect(RepeatSignal.parse(signal)).toEqual({ contacts7d: 4, channels7d: ['phone', 'email'] });
  });

  it('is zero for a person who has not been in touch', () => {
    const desk = makeDesk();
    const person = desk.person({ name: 'Kari Nordmann' });
    expect(repeatSignal(desk.db, person, NOW)).toEqual({ contacts7d: 0, channels7d: [] });
  });

  it('answers for a whole page of people at once, keeping them apart', () => {
    const desk = makeDesk();
    const one = desk.person({ name: 'Ola' });
    const two = desk.person({ name: 'Åsa' });
    const quiet = desk.person({ name: 'Per' });
    desk.event({ caseId: desk.caseOf({ personId: one }), channel: 'chat', createdAt: NOW - DAY });
    const twosCase = desk.caseOf({ personId: two });
    desk.event({ caseId: twosCase, channel: 'webform', createdAt: NOW - 2 * DAY });
    desk.event({ caseId: twosCase, channel: 'letter', createdAt: NOW - DAY });

    const signals = repeatSignals(desk.db, [one, two, quiet, one], NOW);
    expect(signals.get(one)).toEqual({ contacts7d: 1, channels7d: ['chat'] });
    expect(signals.get(two)).toEqual({ contacts7d: 2, channels7d: ['letter', 'webform'] });
    expect(signals.get(quiet)).toEqual({ contacts7d: 0, channels7d: [] });
    expect(repeatSignals(desk.db, [], NOW).size).toBe(0);
  });

  it('goes with the case: contacts recorded for a duplicate count for whoever has the case now', () => {
    const desk = makeDesk();
    const kept = desk.person({ name: 'Bjørn Hansen' });
    const duplicate = desk.person({ name: 'Bjorn Hansen', mergedInto: kept });
    const movedCase = desk.caseOf({ personId: kept });
    // Events are append-only: after the merge moved the case they still name the duplicate.
    desk.event({ caseId: movedCase, personId: duplicate, channel: 'chat', createdAt: NOW - DAY });

    expect(repeatSignal(desk.db, kept, NOW)).toEqual({ contacts7d: 1, channels7d: ['chat'] });
    expect(repeatSignal(desk.db, duplicate, NOW)).toEqual({ contacts7d: 0, channels7d: [] });
  });

  it('reads a page of people through their cases and each case’s recent events, by index', () => {
    const desk = makeDesk();
    const steps = (
      desk.db.prepare(`EXPLAIN QUERY PLAN ${byPersonAndChannelSql}`).all('[]', NOW) as { detail: string }[]
    ).map((s) => s.detail);
    expect(steps.join('\n')).toMatch(/SEARCH c USING (COVERING )?INDEX cases_person \(person_id=\?\)/);
    expect(steps.join('\n')).toMatch(
      /SEARCH e USING INDEX events_case_time \(case_id=\? AND created_at>\?\)/,
    );
  });
});
