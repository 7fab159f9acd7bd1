import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient, PushEnvelope } from '../../../src/shared/api';
import { withEarlyCalls } from '../../../src/renderer/api/earlyCalls';

/** A client that records its calls and answers each with its own number. */
function recordingClient() {
  const calls: { method: string; args: unknown }[] = [];
  const client = {
    call: (method: string, args: unknown) => {
      calls.push({ method, args });
      return Promise.resolve(calls.length);
    },
    on: () => () => undefined,
  } as unknown as ApiClient;
  return { client, calls };
}

function pushes() {
  const listeners = new Set<(push: PushEnvelope) => void>();
  return {
    onPush: (listener: (push: PushEnvelope) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    push: (event: string) => listeners.forEach((listener) => listener({ event, payload: {} })),
  };
}

const firstPage = { view: 'team', channel: null, cursor: null, offset: null, limit: 100 } as const;

describe('calls sent ahead of the screen that needs them', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('go out at once, and the screen asking the same gets the answer already on its way', async () => {
    const { client: desk, calls } = recordingClient();
    const { client, sendAhead } = withEarlyCalls(desk, pushes());
    sendAhead('prefs.get', {});
    sendAhead('cases.list', firstPage);
    expect(calls.map((c) => c.method)).toEqual(['prefs.get', 'cases.list']);

    // The page cache builds its args in another key order: still the same call.
    const rows = client.call('cases.list', {
      limit: 100,
      offset: null,
      cursor: null,
      channel: null,
      view: 'team',
    });
    expect(await rows).toBe(2);
    expect(calls).toHaveLength(2);
  });

  it('answer only once: asking again (a refresh) goes to the desk', async () => {
    const { client: desk, calls } = recordingClient();
    const { client, sendAhead } = withEarlyCalls(desk, pushes());
    sendAhead('cases.get', { caseId: 'c1' });
    expect(await client.call('cases.get', { caseId: 'c1' })).toBe(1);
    expect(await client.call('cases.get', { caseId: 'c1' })).toBe(2);
    expect(calls).toHaveLength(2);
  });

  it('are thrown away when the desk says something changed, or when nobody asked for a while', async () => {
    const { client: desk, calls } = recordingClient();
    const host = pushes();
    const { client, sendAhead } = withEarlyCalls(desk, host);
    sendAhead('cases.list', firstPage);
    host.push('case.changed');
    expect(await client.call('cases.list', firstPage)).toBe(2);

    sendAhead('prefs.get', {});
    vi.advanceTimersByTime(60_000);
    expect(await client.call('prefs.get', {})).toBe(4);
    expect(calls.map((c) => c.method)).toEqual(['cases.list', 'cases.list', 'prefs.get', 'prefs.get']);
  });

  it('do not answer a different call', async () => {
    const { client: desk, calls } = recordingClient();
    const { client, sendAhead } = withEarlyCalls(desk, pushes());
    sendAhead('cases.list', firstPage);
    await client.call('cases.list', { ...firstPage, view: 'mine' });
    expect(calls).toHaveLength(2);
  });

  it('keep their answers through a sync status push, all but the status itself', async () => {
    const { client: desk, calls } = recordingClient();
    const host = pushes();
    const { client, sendAhead } = withEarlyCalls(desk, host);
    sendAhead('prefs.get', {});
    sendAhead('sync.status', {});
    host.push('sync.status');
    expect(await client.call('prefs.get', {})).toBe(1);
    expect(await client.call('sync.status', {})).toBe(3);
    expect(calls.map((c) => c.method)).toEqual(['prefs.get', 'sync.status', 'sync.status']);
  });
});
