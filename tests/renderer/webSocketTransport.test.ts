import { describe, expect, it, vi } from 'vitest';
import { ApiError, MAX_REQUEST_BYTES, createClient, type PushEnvelope } from '../../src/shared/api';
import {
  DEFAULT_REQUEST_TIMEOUT_MS,
  WebSocketTransport,
  type SocketLike,
  type Timers,
  type WebSocketTransportOptions,
} from '../../src/renderer/api/webSocketTransport';

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
  scheduled: { fn: () => void; ms: number; handle: number }[] = [];
  private nextHandle = 1;
  setTimeout(fn: () => void, ms: number) {
    const handle = this.nextHandle++;
    this.scheduled.push({ fn, ms, handle });
    return handle;
  }
  clearTimeout(handle: unknown) {
    this.scheduled = this.scheduled.filter((timer) => timer.handle !== handle);
  }
  runNext() {
    this.scheduled.shift()?.fn();
  }
  /** Runs the first timer set for exactly this delay. */
  runAfter(ms: number) {
    const index = this.scheduled.findIndex((timer) => timer.ms === ms);
    if (index === -1) throw new Error(`no timer for ${ms} ms`);
    this.scheduled.splice(index, 1)[0]?.fn();
  }
}

const CASE_ID = '0190e0a0-0000-7000-8000-000000000000';

function setup(extra: Partial<WebSocketTransportOptions> = {}) {
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
    ...extra,
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

describe('no request waits forever', () => {
  it('refuses a request too large for the host at once, and sends nothing', async () => {
    const { client, latest } = setup();
    latest().open();
    // Under the limit in characters, over it in UTF-8 bytes (ä is two bytes).
    const bodyText = 'ä'.repeat(MAX_REQUEST_BYTES / 2 + 10);
    const error = await client.call('notes.add', { caseId: CASE_ID, bodyText }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('too_large');
    expect(latest().sent).toEqual([]);
  });

  it('still sends a large request that fits', () => {
    const { client, latest } = setup();
    latest().open();
    void client.call('notes.add', { caseId: CASE_ID, bodyText: 'ä'.repeat(MAX_REQUEST_BYTES / 2 - 100) });
    expect(latest().sent).toHaveLength(1);
  });

  it('fails a request as offline when no reply comes within a minute', async () => {
    const { client, latest, timers } = setup();
    latest().open();
    const answer = client.call('prefs.get', {}).catch((e: unknown) => e);
    expect(DEFAULT_REQUEST_TIMEOUT_MS).toBe(60_000);
    timers.runAfter(DEFAULT_REQUEST_TIMEOUT_MS);
    const error = await answer;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'offline', message: expect.stringMatching(/did not answer/) });
    // A reply that comes after all is dropped quietly.
    latest().receive({ id: 1, ok: true, value: 'late' });
  });

  it('a reply the host could not give an id to leaves the request to its timeout', async () => {
    const { client, latest, timers } = setup({ requestTimeoutMs: 5000 });
    latest().open();
    const answer = client.call('prefs.get', {});
    latest().receive({ id: null, ok: false, error: { code: 'bad_request', message: 'not JSON' } });
    timers.runAfter(5000);
    await expect(answer).rejects.toMatchObject({ code: 'offline' });
  });

  it('never sends a request that timed out while waiting for the socket', async () => {
    const { client, latest, timers } = setup({ requestTimeoutMs: 5000 });
    const answer = client.call('prefs.get', {});
    timers.runAfter(5000);
    await expect(answer).rejects.toMatchObject({ code: 'offline' });
    latest().open();
    expect(latest().sent).toEqual([]);
  });

  it('leaves no timer behind once a request is answered or dropped', async () => {
    const { client, latest, timers } = setup();
    latest().open();
    const answered = client.call('prefs.get', {});
    latest().receive({ id: 1, ok: true, value: 'ok' });
    await answered;
    const dropped = client.call('prefs.get', {}).catch(() => undefined);
    latest().drop();
    await dropped;
    expect(timers.scheduled.map((t) => t.ms)).toEqual([100]); // only the reconnect
  });
});

describe('a host that no longer takes our token', () => {
  /** Lets the probe's promise settle. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('says the session ended, stops retrying and fails requests as unauthorized', async () => {
    const isTokenRefused = vi.fn(() => Promise.resolve(true));
    const { transport, client, latest, timers, sockets } = setup({ isTokenRefused });
    const states: string[] = [];
    transport.onConnectionChange((state) => states.push(state));
    latest().drop(); // the upgrade was refused: the socket closes without ever opening
    await settle();
    expect(isTokenRefused).toHaveBeenCalledTimes(1);
    expect(states).toEqual(['connecting', 'offline', 'unauthorized']);
    expect(timers.scheduled).toEqual([]);
    expect(sockets).toHaveLength(1);
    await expect(client.call('prefs.get', {})).rejects.toMatchObject({ code: 'unauthorized' });
  });

  it('after the host restarts: the open socket drops, the next attempt is refused', async () => {
    const { transport, latest, timers } = setup({ isTokenRefused: () => Promise.resolve(true) });
    latest().open();
    latest().drop();
    timers.runNext();
    latest().drop();
    await settle();
    const states: string[] = [];
    transport.onConnectionChange((state) => states.push(state));
    expect(states).toEqual(['unauthorized']);
  });

  it('keeps retrying when the host accepts the token or cannot be reached', async () => {
    const answers = [() => Promise.resolve(false), () => Promise.reject(new TypeError('Failed to fetch'))];
    const { latest, timers, sockets } = setup({ isTokenRefused: () => answers.shift()!() });
    latest().drop();
    await settle();
    expect(timers.scheduled.map((t) => t.ms)).toEqual([100]);
    timers.runNext();
    latest().drop();
    await settle();
    expect(timers.scheduled.map((t) => t.ms)).toEqual([200]);
    timers.runNext();
    expect(sockets).toHaveLength(3);
  });

  it('does not ask about a socket that had opened: it was accepted moments ago', () => {
    const isTokenRefused = vi.fn(() => Promise.resolve(true));
    const { latest, timers } = setup({ isTokenRefused });
    latest().open();
    latest().drop();
    expect(isTokenRefused).not.toHaveBeenCalled();
    expect(timers.scheduled.map((t) => t.ms)).toEqual([100]);
  });
});
