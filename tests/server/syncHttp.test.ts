import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PullResponse, PushResponse, SyncErrorBody, SYNC_PROTOCOL_VERSION } from '../../src/shared/sync';
import { createChannelKey } from '../../src/server/accounts/directory';
import type { RunningHub } from '../../src/server/hub';
import { bearer, PokeListener, postJson, serveTestHub } from './support/httpHub';
import {
  hubOn,
  addAgent,
  addTeam,
  openTestHub,
  seedCase,
  tokenFor,
  T0,
  type TestHub,
} from './support/testHub';
import { usingPostgres } from './support/testDb';

let t: TestHub;
let served: RunningHub;
beforeAll(async () => {
  t = await openTestHub();
  served = await serveTestHub(t.hub);
});
afterAll(async () => {
  await served.close();
  await t.close();
});

const noteMutation = (seq: number, caseId: string) => ({
  id: uuidv7(),
  seq,
  name: 'notes.add',
  args: { caseId, bodyText: `Anteckning ${seq}`, bodyRich: null, eventId: uuidv7() },
  createdAt: T0,
});

async function agentWithCase() {
  const team = await addTeam(t.hub);
  const agent = await addAgent(t.hub, team);
  const { caseRow } = await seedCase(t.hub, team);
  return { team, agent, caseRow, token: await tokenFor(t.hub, agent) };
}

describe('sync over HTTP', () => {
  it('pushes and pulls with a session', async () => {
    const { caseRow, token } = await agentWithCase();
    const clientId = uuidv7();
    const push = await postJson(
      `${served.url}/sync/push`,
      { protocol: SYNC_PROTOCOL_VERSION, clientId, mutations: [noteMutation(1, caseRow.id)] },
      bearer(token),
    );
    expect(PushResponse.parse(push.body).results[0]?.status).toBe('applied');
    const pull = await postJson(
      `${served.url}/sync/pull`,
      { protocol: SYNC_PROTOCOL_VERSION, clientId, cursor: null },
      bearer(token),
    );
    const page = PullResponse.parse(pull.body);
    expect(page.changes.filter((c) => c.table === 'events')).toHaveLength(1);
    expect(page.lastMutationSeq).toBe(1);
  });

  it('tells a desk on another protocol version to upgrade, and a malformed body what is wrong', async () => {
    const { token } = await agentWithCase();
    const future = await postJson(`${served.url}/sync/pull`, { protocol: 99, anything: true }, bearer(token));
    expect(future.status).toBe(409);
    expect(SyncErrorBody.parse(future.body).error).toMatchObject({
      code: 'version_mismatch',
      retryable: false,
    });
    const malformed = await postJson(`${served.url}/sync/push`, '{"protocol":1,', bearer(token));
    expect(malformed.status).toBe(400);
    const wrongShape = await postJson(
      `${served.url}/sync/push`,
      { protocol: 1, clientId: uuidv7(), mutations: [] },
      bearer(token),
    );
    expect(wrongShape.status).toBe(400);
    expect(SyncErrorBody.parse(wrongShape.body).error.message).toContain('mutations');
  });
});

describe('live pokes', () => {
  it('pokes the agents of the team whose rows changed, and no one else', async () => {
    const mine = await agentWithCase();
    const colleague = await addAgent(t.hub, mine.team);
    const other = await agentWithCase();
    const colleagueSocket = await PokeListener.open(served.url, await tokenFor(t.hub, colleague));
    const otherSocket = await PokeListener.open(served.url, other.token);
    await postJson(
      `${served.url}/sync/push`,
      { protocol: 1, clientId: uuidv7(), mutations: [noteMutation(1, mine.caseRow.id)] },
      bearer(mine.token),
    );
    await colleagueSocket.nextPoke();
    expect(colleagueSocket.frames).toEqual(['']);
    // Pokes arrive in commit order: had the first change poked the other team, it would come first.
    await postJson(
      `${served.url}/sync/push`,
      { protocol: 1, clientId: uuidv7(), mutations: [noteMutation(1, other.caseRow.id)] },
      bearer(other.token),
    );
    await otherSocket.nextPoke();
    expect(otherSocket.frames).toEqual(['']);
    colleagueSocket.close();
    otherSocket.close();
  });

  it('pokes the team a web-form contact came in for', async () => {
    const { team, token } = await agentWithCase();
    const { key } = await createChannelKey(t.hub, { teamId: team.id, channel: 'webform', label: 'webb' });
    const socket = await PokeListener.open(served.url, token);
    const form = { name: 'Kim Ek', email: 'kim@ek.example', subject: 'Hej', message: 'En fråga' };
    expect(
      (await postJson(`${served.url}/channels/webform`, form, { 'x-nara-channel-key': key })).status,
    ).toBe(201);
    await socket.nextPoke();
    expect(socket.frames).toEqual(['']);
    socket.close();
  });

  it('refuses a live connection without a valid session', async () => {
    await expect(PokeListener.open(served.url, 'nst_made_up')).rejects.toThrow('401');
  });

  it.skipIf(!usingPostgres())('pokes across hub instances sharing one PostgreSQL', async () => {
    const secondDb = await t.testDb.openAnother();
    const second = await serveTestHub(hubOn(secondDb, t.testDb.channel, t.clock, t.logs));
    const { caseRow, token, team } = await agentWithCase();
    const colleague = await addAgent(t.hub, team);
    const socket = await PokeListener.open(served.url, await tokenFor(t.hub, colleague));
    await postJson(
      `${second.url}/sync/push`,
      { protocol: 1, clientId: uuidv7(), mutations: [noteMutation(1, caseRow.id)] },
      bearer(token),
    );
    await socket.nextPoke();
    expect(socket.frames).toEqual(['']);
    socket.close();
    await second.close();
  });
});
