import { describe, expect, it } from 'vitest';
import type { CasePromise, TimelineEvent } from '../../../src/shared/domain';
import { excerpt, handoverBrief } from '../../../src/renderer/features/case/brief/handoverBrief';

const HOUR = 3_600_000;
const now = Date.UTC(2026, 2, 12, 14, 0);
const caseId = '0190e0a0-0000-7000-8000-0000000000c1';
const personId = '0190e0a0-0000-7000-8000-0000000000a1';
const karin = '0190e0a0-0000-7000-8000-00000000a001';
const per = '0190e0a0-0000-7000-8000-00000000a002';

let n = 0;
function event(fields: Partial<TimelineEvent>): TimelineEvent {
  n++;
  return {
    id: `0190e0a0-0000-7000-8000-${String(n).padStart(12, '0')}`,
    caseId,
    personId,
    kind: 'contact',
    channel: 'email',
    direction: 'in',
    authorId: null,
    createdAt: now - 48 * HOUR,
    bodyText: '',
    bodyRich: null,
    meta: {},
    ...fields,
  };
}

function promise(fields: Partial<CasePromise>): CasePromise {
  n++;
  return {
    id: `0190e0a0-0000-7000-8000-${String(n).padStart(12, '0')}`,
    caseId,
    personId,
    text: 'Call back',
    dueAt: now + HOUR,
    ownerId: karin,
    status: 'open',
    createdAt: now - 72 * HOUR,
    createdBy: karin,
    resolvedAt: null,
    resolutionNote: null,
    ...fields,
  };
}

const quiet = { contacts7d: 1, channels7d: ['email' as const] };

describe('hand-over brief', () => {
  it('lists open promises soonest first, overdue ones marked, kept and cancelled ones left out', () => {
    const late = promise({ text: 'Send the form', dueAt: now - 26 * HOUR });
    const soon = promise({ text: 'Call back about the decision', dueAt: now + 2 * HOUR });
    const kept = promise({ status: 'kept', resolvedAt: now - HOUR });
    const cancelled = promise({ status: 'cancelled', resolvedAt: now - HOUR, resolutionNote: 'Not needed' });
    const brief = handoverBrief({ events: [], promises: [soon, kept, late, cancelled], repeat: quiet }, now);
    expect(brief.promises).toEqual([
      { promise: late, overdue: true },
      { promise: soon, overdue: false },
    ]);
  });

  it('counts a promise due this very minute as overdue', () => {
    const due = promise({ dueAt: now });
    expect(handoverBrief({ events: [], promises: [due], repeat: quiet }, now).promises[0]?.overdue).toBe(
      true,
    );
  });

  it('names the last contact with its channel and direction, and who acted last', () => {
    const events = [
      event({ kind: 'contact', channel: 'phone', direction: 'in', createdAt: now - 30 * HOUR }),
      event({ kind: 'note', authorId: karin, bodyText: 'Spoke to backoffice.', createdAt: now - 20 * HOUR }),
      event({
        kind: 'contact',
        channel: 'email',
        direction: 'out',
        authorId: karin,
        createdAt: now - 10 * HOUR,
      }),
      event({ kind: 'assigned', authorId: per, meta: { from: karin, to: per }, createdAt: now - 2 * HOUR }),
      // A snooze that ran out is Nära's doing, not an agent's.
      event({ kind: 'status_changed', authorId: null, meta: { to: 'open' }, createdAt: now - HOUR }),
    ];
    const brief = handoverBrief({ events, promises: [], repeat: quiet }, now);
    expect(brief.lastContact).toEqual({
      at: now - 10 * HOUR,
      channel: 'email',
      direction: 'out',
      authorId: karin,
    });
    expect(brief.lastAgent).toEqual({ agentId: per, at: now - 2 * HOUR });
    expect(brief.latestNote).toEqual({
      excerpt: 'Spoke to backoffice.',
      authorId: karin,
      at: now - 20 * HOUR,
    });
  });

  it('reads a contact without a recorded direction by who wrote it', () => {
    const events = [event({ kind: 'contact', direction: null, authorId: null, createdAt: now - HOUR })];
    expect(handoverBrief({ events, promises: [], repeat: quiet }, now).lastContact?.direction).toBe('in');
  });

  it('has nothing to say about a case nobody has touched', () => {
    const brief = handoverBrief({ events: [], promises: [], repeat: { contacts7d: 0, channels7d: [] } }, now);
    expect(brief).toEqual({
      promises: [],
      lastContact: null,
      lastAgent: null,
      latestNote: null,
      repeat: { contacts7d: 0, channels: [], isRepeat: false },
    });
  });

  it('raises the repeat-contact signal from the third contact in a week', () => {
    const two = handoverBrief(
      { events: [], promises: [], repeat: { contacts7d: 2, channels7d: ['phone'] } },
      now,
    );
    const four = handoverBrief(
      { events: [], promises: [], repeat: { contacts7d: 4, channels7d: ['phone', 'visit'] } },
      now,
    );
    expect(two.repeat.isRepeat).toBe(false);
    expect(four.repeat).toEqual({ contacts7d: 4, channels: ['phone', 'visit'], isRepeat: true });
  });

  it('quotes the latest note short enough to read at a glance', () => {
    const long = `Åsa ringde igen. ${'Hon är orolig för att pengarna inte kommer fram i tid. '.repeat(6)}`;
    const events = [
      event({ kind: 'note', authorId: per, bodyText: 'Older note', createdAt: now - 9 * HOUR }),
      event({ kind: 'note', authorId: karin, bodyText: long, createdAt: now - 3 * HOUR }),
    ];
    const note = handoverBrief({ events, promises: [], repeat: quiet }, now).latestNote;
    expect(note?.authorId).toBe(karin);
    expect(note?.excerpt.startsWith('Åsa ringde igen. Hon är orolig')).toBe(true);
    expect(note?.excerpt.endsWith('…')).toBe(true);
    expect(note?.excerpt.length).toBeLessThanOrEqual(161);
  });
});

describe('note excerpt', () => {
  it('keeps short text whole, with whitespace folded', () => {
    expect(excerpt('  Ring\n\ntillbaka  i morgon ')).toBe('Ring tillbaka i morgon');
  });

  it('cuts long text at a word, without trailing punctuation', () => {
    expect(excerpt('one two three, four five six', 16)).toBe('one two three…');
  });

  it('cuts a single very long word where it stands', () => {
    expect(excerpt(`see https://example.org/${'x'.repeat(80)}`, 30)).toBe(
      `see https://example.org/${'x'.repeat(6)}…`,
    );
  });
});
