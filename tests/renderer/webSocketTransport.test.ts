import { describe, expect, it } from 'vitest';
import { ApiError, createClient, type PushEnvelope } from '../../src/shared/api';
import { WebSocketTransport, type SocketLike, type Timers } from '../../src/renderer/api/webSocketTransport';

class FakeSocket implements SocketLike {
  sent: unknown[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: (() => void) | null = null;
  onerror: (() => void) | null = null;
  closed = false;
  constructor(readonly url: string) {}
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close() {
    this.closed = true;
  }
  open() {
    this.onopen?.();
  }
  receive(frame: unknown) {
    this.onmessage?.({ data: JSON.stringify(frame) });
  }
  drop() {
    this.onclose?.();
  }
}

/** Timers that run only when the test says so, with the delays they were given. */
class ManualTimers implements Timers {
  scheduled: { fn: () => void; ms: number }[] = [];
  setTimeout(fn: () => void, ms: number) {
    this.scheduled.push({ fn, ms });
    return this.scheduled.length;
  }
  clearTimeout() {}
  runNext() {
    this.scheduled.shift()?.fn();
  }
}

function setup() {
  const sockets: FakeSocket[] = [];
  const timers = new ManualTimers();
  const transport = new WebSocketTransport({
    url: 'ws://127.0.0.1:1234/api?token=t',
    createSocket: (url) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket;
    },
    timers,
    initialBackoffMs: 100,
    maxBackoffMs: 1000,
  });
  const client = createClient(transport);
  const latest = () => sockets[sockets.length - 1]!;
  return { transport, client, sockets, timers, latest };
}

describe('WebSocket transport', () => {
  it('connects to the URL it was given', () => {
    const { latest } = setup();
    expect(latest().url).toBe('ws://127.0.0.1:1234/api?token=t');
  });

  it('sends requests made before the socket opened once it opens', async () => {
    const { client, latest } = setup();
    const answer = client.call('sync.status', {});
    expect(latest().sent).toEqual([]);
    latest().open();
    expect(latest().sent).toEqual([{ id: 1, method: 'sync.status', args: {} }]);
    latest().receive({
      id: 1,
      ok: true,
      value: { state: 'local', pending: 0, lastSyncedAt: null, message: null },
    });
    await expect(answer).resolves.toMatchObject({ state: 'local' });
  });

  it('matches replies to requests by id, in whatever order they come', async () => {
    const { client, latest } = setup();
    latest().open();
    const first = client.call('prefs.get', {});
    const second = client.call('sync.status', {});
    latest().receive({ id: 2, ok: true, value: 'second' });
    latest().receive({ id: 1, ok: true, value: 'first' });
    await expect(first).resolves.toBe('first');
    await expect(second).resolves.toBe('second');
  });

  it('turns an error reply into an ApiError with its code', async () => {
    const { client, latest } = setup();
    latest().open();
    const answer = client.call('cases.get', { caseId: '0190e0a0-0000-7000-8000-000000000000' });
    latest().receive({ id: 1, ok: false, error: { code: 'not_found', message: 'No such case' } });
    await expect(answer).rejects.toMatchObject({
      name: 'ApiError',
      code: 'not_found',
      message: 'No such case',
    });
  });

  it('fails pending requests as offline when the socket drops, instead of hanging', async () => {
    const { client, latest } = setup();
    latest().open();
    const answer = client.call('prefs.get', {});
    latest().drop();
    const error = await answer.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('offline');
  });

  it('fails requests at once while disconnected', async () => {
    const { client, latest } = setup();
    latest().open();
    latest().drop();
    await expect(client.call('prefs.get', {})).rejects.toMatchObject({ code: 'offline' });
  });

  it('reconnects with a growing, capped backoff and resets it after a success', () => {
    const { sockets, timers, latest } = setup();
    latest().drop();
    latest().drop(); // a second close event for the same socket is ignored
    expect(timers.scheduled.map((t) => t.ms)).toEqual([100]);
    timers.runNext();
    expect(sockets).toHaveLength(2);
    latest().drop();
    timers.runNext();
    latest().drop();
    timers.runNext();
    latest().drop();
    timers.runNext();
    latest().drop();
    timers.runNext();
    latest().drop();
    expect(timers.scheduled.map((t) => t.ms)).toEqual([1000]);
    timers.runNext();
    latest().open();
    latest().drop();
    expect(timers.scheduled.map((t) => t.ms)).toEqual([100]);
  });

  it('passes pushes to listeners, and after a reconnect asks lists to refetch', () => {
    const { transport, timers, latest } = setup();
    const pushes: PushEnvelope[] = [];
    transport.onPush((push) => pushes.push(push));
    latest().open();
    latest().receive({ event: 'case.changed', payload: { caseId: 'x' } });
    latest().drop();
    timers.runNext();
    latest().open();
    expect(pushes).toEqual([
      { event: 'case.changed', payload: { caseId: 'x' } },
      { event: 'cases.invalidated', payload: {} },
    ]);
  });

  it('reports its connection state', () => {
    const { transport, timers, latest } = setup();
    const states: string[] = [];
    transport.onConnectionChange((state) => states.push(state));
    latest().open();
    latest().drop();
    timers.runNext();
    latest().open();
    expect(states).toEqual(['connecting', 'open', 'offline', 'connecting', 'open']);
  });

  it('ignores frames that are neither a reply nor a push', async () => {
    const { client, latest } = setup();
    latest().open();
    const answer = client.call('prefs.get', {});
    latest().onmessage?.({ data: 'not json' });
    latest().receive({ hello: 'world' });
    latest().receive({ id: 99, ok: true, value: 'for nobody' });
    latest().receive({ id: 1, ok: true, value: 'mine' });
    await expect(answer).resolves.toBe('mine');
  });
});
