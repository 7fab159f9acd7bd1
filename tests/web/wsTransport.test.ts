import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_REQUEST_BYTES } from '../../src/shared/api';
import { createWebHost, type WebHost } from '../../src/web/webHost';
import { HARD_FRAME_CAP_BYTES } from '../../src/web/wsApi';
import { fakeCore, silentLogger, type FakeCore } from './fakeCore';
import { apiUrl, openApiSocket, refusedStatus, tokenOf, type ApiSocket } from './wsClient';

let core: FakeCore;
let host: WebHost;
let rendererDir: string;
let token: string;
const sockets: ApiSocket[] = [];

async function connect(headers: Record<string, string> = {}): Promise<ApiSocket> {
  const socket = await openApiSocket(apiUrl(host.url, token), headers);
  sockets.push(socket);
  return socket;
}

async function stillServes(socket: ApiSocket): Promise<void> {
  expect(await socket.request('ping', {})).toMatchObject({ ok: true, value: 'pong' });
}

beforeEach(async () => {
  core = fakeCore();
  rendererDir = mkdtempSync(join(tmpdir(), 'nara-web-renderer-'));
  host = await createWebHost({ core, rendererDir, port: 0, token: 'test-token-123', logger: silentLogger });
  token = tokenOf(host.url);
});

afterEach(async () => {
  await Promise.all(sockets.splice(0).map((socket) => socket.close()));
  await host.close();
  rmSync(rendererDir, { recursive: true, force: true });
});

describe('who may open the API socket', () => {
  it('announces a loopback URL carrying the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=test-token-123`);
  });

  it('refuses a connection without a token', async () => {
    expect(await refusedStatus(apiUrl(host.url, null))).toBe(401);
  });

  it('refuses a connection with a wrong or truncated token', async () => {
    expect(await refusedStatus(apiUrl(host.url, 'test-token-124'))).toBe(401);
    expect(await refusedStatus(apiUrl(host.url, 'test-token-12'))).toBe(401);
  });

  it('refuses a page from another origin even with the right token', async () => {
    expect(await refusedStatus(apiUrl(host.url, token), { Origin: 'https://evil.example' })).toBe(403);
    // DNS rebinding: another name pointing at 127.0.0.1 still has a foreign origin.
    expect(
      await refusedStatus(apiUrl(host.url, token), { Origin: `http://rebound.example:${host.port}` }),
    ).toBe(403);
    expect(await refusedStatus(apiUrl(host.url, token), { Origin: 'http://127.0.0.1:1' })).toBe(403);
  });

  it('refuses sockets on any path but /api', async () => {
    const wrongPath = apiUrl(host.url, token).replace('/api', '/socket');
    expect(await refusedStatus(wrongPath)).toBe(404);
  });

  it("accepts the host's own page and origin-less local tools", async () => {
    await stillServes(await connect({ Origin: `http://127.0.0.1:${host.port}` }));
    await stillServes(await connect());
  });
});

describe('bad frames get an error reply and the host keeps serving', () => {
  it('answers cut-off JSON with bad_request, under the id it starts with', async () => {
    const socket = await connect();
    socket.send('{"id": 1, "method": ');
    expect(await socket.reply(1)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    await stillServes(socket);
    expect(core.received).toHaveLength(1);
  });

  it('answers text with no id to read with bad_request and no id', async () => {
    const socket = await connect();
    socket.send('hello');
    expect(await socket.reply(null)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    await stillServes(socket);
  });

  it('answers a binary frame with bad_request', async () => {
    const socket = await connect();
    socket.send(Buffer.from(JSON.stringify({ id: 1, method: 'ping', args: {} })), { binary: true });
    expect(await socket.reply(1)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    await stillServes(socket);
    expect(core.received).toHaveLength(1);
  });

  it('answers a 50 MB request with too_large under its id, without handing it to core', async () => {
    const socket = await connect();
    const huge = JSON.stringify({ id: 'big', method: 'ping', args: { text: 'å'.repeat(25 * 1024 * 1024) } });
    socket.send(huge);
    expect(await socket.reply('big')).toMatchObject({ ok: false, error: { code: 'too_large' } });
    await stillServes(socket);
    expect(core.received).toHaveLength(1);
  });

  it('measures the limit in bytes, not characters', async () => {
    const socket = await connect();
    // Under the limit in characters, over it in UTF-8 bytes (ä is two bytes).
    const text = 'ä'.repeat(MAX_REQUEST_BYTES / 2 + 10);
    socket.send(JSON.stringify({ id: 1, method: 'ping', args: { text } }));
    expect(await socket.reply(1)).toMatchObject({ ok: false, error: { code: 'too_large' } });
    await stillServes(socket);
  });

  it('drops only the socket that sends a frame above the 64 MiB hard cap', async () => {
    const bystander = await connect();
    const offender = await connect();
    offender.send('x'.repeat(HARD_FRAME_CAP_BYTES + 1));
    expect(await offender.closed).toBe(1009);
    await stillServes(bystander);
    await stillServes(await connect());
    expect(core.received).toHaveLength(2);
  });

  it('hands any well-formed JSON to core as parsed, which owns validation', async () => {
    const socket = await connect();
    socket.send(JSON.stringify({ id: 7, method: 'no.such', args: { a: 1 } }));
    expect(await socket.reply(7)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(core.received).toEqual([{ id: 7, method: 'no.such', args: { a: 1 } }]);
  });
});

describe('the page can ask whether its token still works', () => {
  const check = async (token: string | null, init: RequestInit = {}) =>
    fetch(apiUrl(host.url, token).replace('ws:', 'http:'), init);

  it('204 with the right token, 401 with a stale one or none', async () => {
    const ok = await check(token);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('cache-control')).toBe('no-store');
    expect((await check('the-token-before-a-restart')).status).toBe(401);
    expect((await check(null)).status).toBe(401);
  });

  it('refuses another origin and anything but a read', async () => {
    expect((await check(token, { headers: { Origin: 'https://evil.example' } })).status).toBe(403);
    expect((await check(token, { method: 'POST' })).status).toBe(405);
  });

  it('tells nobody anything else: the answer has no body and the usual security headers', async () => {
    const refused = await check('wrong');
    expect(refused.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await refused.text()).not.toContain('test-token');
  });
});

describe('pushes', () => {
  it('reaches every connected socket', async () => {
    const first = await connect();
    const second = await connect();
    core.push({ event: 'cases.invalidated', payload: {} });
    expect(await first.nextPush()).toEqual({ event: 'cases.invalidated', payload: {} });
    expect(await second.nextPush()).toEqual({ event: 'cases.invalidated', payload: {} });
  });

  it('stops listening to core when the host closes', async () => {
    expect(core.listenerCount()).toBe(1);
    await host.close();
    expect(core.listenerCount()).toBe(0);
    host = await createWebHost({ core, rendererDir, port: 0, token, logger: silentLogger });
  });
});
