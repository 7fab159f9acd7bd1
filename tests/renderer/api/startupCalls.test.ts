import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient, PushEnvelope } from '../../../src/shared/api';
import { withStartupCalls } from '../../../src/renderer/api/startupCalls';

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

const firstPage = {
  method: 'cases.list',
  args: { view: 'team', channel: null, cursor: null, offset: null, limit: 100 },
} as const;

describe('start-up calls sent before the screens ask', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('are all sent at once, and the screen asking the same gets the answer already on its way', async () => {
    const { client, calls } = recordingClient();
    const api = withStartupCalls(client, pushes(), [{ method: 'prefs.get', args: {} }, firstPage]);
    expect(calls.map((c) => c.method)).toEqual(['prefs.get', 'cases.list']);

    // The page cache builds its args in another key order: still the same call.
    const rows = api.call('cases.list', {
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
    const { client, calls } = recordingClient();
    const api = withStartupCalls(client, pushes(), [firstPage]);
    await api.call(firstPage.method, firstPage.args);
    expect(await api.call(firstPage.method, firstPage.args)).toBe(2);
    expect(calls).toHaveLength(2);
  });

  it('are thrown away when the desk says something changed, or when nobody asked for a while', async () => {
    const { client, calls } = recordingClient();
    const desk = pushes();
    const api = withStartupCalls(client, desk, [firstPage, { method: 'prefs.get', args: {} }]);
    desk.push('case.changed');
    expect(await api.call(firstPage.method, firstPage.args)).toBe(3);

    const later = withStartupCalls(client, pushes(), [{ method: 'prefs.get', args: {} }]);
    vi.advanceTimersByTime(60_000);
    await later.call('prefs.get', {});
    expect(calls.map((c) => c.method)).toEqual([
      'cases.list',
      'prefs.get',
      'cases.list',
      'prefs.get',
      'prefs.get',
    ]);
  });

  it('do not ask for anything else the screens ask', async () => {
    const { client, calls } = recordingClient();
    const api = withStartupCalls(client, pushes(), [firstPage]);
    await api.call('cases.list', { ...firstPage.args, view: 'mine' });
    expect(calls).toHaveLength(2);
  });
});
