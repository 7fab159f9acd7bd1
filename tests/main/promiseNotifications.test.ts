import { describe, expect, it } from 'vitest';
import { duePromiseNotice, notifyDuePromises } from '../../src/main/promiseNotifications';
import type { PushEnvelope } from '../../src/shared/api';
import type { CasePromise } from '../../src/shared/domain';

const promise: CasePromise = {
  id: '01936f0e-0000-7000-8000-000000000001',
  caseId: '01936f0e-0000-7000-8000-000000000002',
  personId: '01936f0e-0000-7000-8000-000000000003',
  text: 'Ring tillbaka om fakturan',
  dueAt: 1_700_000_000_000,
  ownerId: '01936f0e-0000-7000-8000-000000000004',
  status: 'open',
  createdAt: 1_699_000_000_000,
  createdBy: '01936f0e-0000-7000-8000-000000000004',
  resolvedAt: null,
  resolutionNote: null,
};

function fakeCore() {
  let listener: ((push: PushEnvelope) => void) | null = null;
  return {
    onPush(l: (push: PushEnvelope) => void) {
      listener = l;
      return () => (listener = null);
    },
    emit: (push: PushEnvelope) => listener?.(push),
  };
}

describe('desktop notifications for due promises', () => {
  it('shows the promise text under a title in the agent’s language', () => {
    expect(duePromiseNotice(promise, 'sv')).toEqual({
      title: 'Löfte att hålla',
      body: 'Ring tillbaka om fakturan',
    });
    expect(duePromiseNotice(promise, 'en').title).toBe('Promise due');
  });

  it('notifies once per promise.due push and ignores other pushes and malformed payloads', () => {
    const core = fakeCore();
    const shown: string[] = [];
    const stop = notifyDuePromises(
      core,
      () => 'nb',
      (notice) => shown.push(`${notice.title}: ${notice.body}`),
    );
    core.emit({ event: 'case.changed', payload: { caseId: promise.caseId } });
    core.emit({ event: 'promise.due', payload: { promise: { ...promise, text: 42 } } });
    core.emit({ event: 'promise.due', payload: { promise } });
    expect(shown).toEqual(['Løfte å holde: Ring tillbaka om fakturan']);
    stop();
    core.emit({ event: 'promise.due', payload: { promise } });
    expect(shown).toHaveLength(1);
  });
});
