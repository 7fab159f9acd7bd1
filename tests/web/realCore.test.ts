// The browser host in front of a real core on a real store: bad input never writes, good input does.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { memoryPreferences, openCore, type Core } from '../../src/core';
import type { Reply } from '../../src/shared/api';
import { inboxViews } from '../../src/shared/domain';
import { createWebHost, type WebHost } from '../../src/web/webHost';
import { silentLogger } from './fakeCore';
import { apiUrl, openApiSocket, tokenOf, type ApiSocket } from './wsClient';

let dataDir: string;
let core: Core;
let host: WebHost;
let socket: ApiSocket;
let caseId: string;

function valueOf(reply: Reply): unknown {
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
  return reply.value;
}

async function pendingChanges(): Promise<number> {
  return (valueOf(await socket.request('sync.status', {})) as { pending: number }).pending;
}

async function timelineLength(): Promise<number> {
  return (valueOf(await socket.request('cases.get', { caseId })) as { events: unknown[] }).events.length;
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'nara-web-core-'));
  core = await openCore({
    dataDir,
    prefs: memoryPreferences(),
    logger: silentLogger,
    demo: { cases: 100, seed: 1 },
  });
  host = await createWebHost({
    core,
    rendererDir: dataDir,
    port: 0,
    token: 'core-test-token',
    logger: silentLogger,
  });
  socket = await openApiSocket(apiUrl(host.url, tokenOf(host.url)));
  for (const view of inboxViews) {
    const list = valueOf(await socket.request('cases.list', { view, limit: 1 })) as {
      rows: { id: string }[];
    };
    if (list.rows[0] !== undefined) {
      caseId = list.rows[0].id;
      break;
    }
  }
});

afterAll(async () => {
  await socket.close();
  await host.close();
  core.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('bad requests are answered, change nothing, and the desk keeps serving', () => {
  let pendingBefore: number;
  let timelineBefore: number;
  beforeEach(async () => {
    pendingBefore = await pendingChanges();
    timelineBefore = await timelineLength();
  });

  async function nothingWritten(): Promise<void> {
    expect(await pendingChanges()).toBe(pendingBefore);
    expect(await timelineLength()).toBe(timelineBefore);
  }

  it('answers malformed JSON with bad_request, under the id it starts with', async () => {
    socket.send(`{"id":1,"method":"notes.add","args":{"caseId":"${caseId}","bodyText":"half`);
    expect(await socket.reply(1)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    await nothingWritten();
  });

  it('answers an envelope without a method with bad_request, keeping its id', async () => {
    socket.send(JSON.stringify({ id: 'no-method', args: {} }));
    expect(await socket.reply('no-method')).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    await nothingWritten();
  });

  it('answers an unknown method with unknown_method', async () => {
    expect(await socket.request('cases.drop', { caseId })).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
    await nothingWritten();
  });

  it('answers arguments of the wrong type with invalid_args', async () => {
    expect(await socket.request('notes.add', { caseId: 42, bodyText: ['not', 'text'] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_args' },
    });
    expect(await socket.request('cases.list', { view: 'everything', limit: '10' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_args' },
    });
    await nothingWritten();
  });

  it('answers a 50 MB note with too_large, under its id', async () => {
    const bodyText = 'Återkommer om fakturan. '.repeat(2_000_000);
    socket.send(JSON.stringify({ id: 'huge', method: 'notes.add', args: { caseId, bodyText } }));
    expect(await socket.reply('huge')).toMatchObject({ ok: false, error: { code: 'too_large' } });
    await nothingWritten();
  });
});

describe('good requests', () => {
  it('write a note, count it as waiting to sync and push the change to every open page', async () => {
    const otherPage = await openApiSocket(apiUrl(host.url, tokenOf(host.url)));
    const pendingBefore = await pendingChanges();
    const timelineBefore = await timelineLength();

    const reply = await socket.request('notes.add', { caseId, bodyText: 'Ringer tillbaka i morgon kl. 9.' });
    expect(reply).toMatchObject({ ok: true, value: { event: { caseId, kind: 'note' } } });
    expect(await otherPage.nextPush()).toEqual({ event: 'case.changed', payload: { caseId } });
    expect(await pendingChanges()).toBe(pendingBefore + 1);
    expect(await timelineLength()).toBe(timelineBefore + 1);
    await otherPage.close();
  });
});
