import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Session, SyncErrorBody } from '../../src/shared/sync';
import type { RunningHub } from '../../src/server/hub';
import { hashPassword, verifyPassword } from '../../src/server/accounts/passwords';
import { bearer, getJson, postJson, serveTestHub } from './support/httpHub';
import { addAgent, addTeam, openTestHub, type TestHub } from './support/testHub';

const HOUR = 3600_000;
let t: TestHub;
let served: RunningHub;
beforeAll(async () => {
  t = await openTestHub({ sessionTtlMs: 8 * HOUR });
  served = await serveTestHub(t.hub);
});
afterAll(async () => {
  await served.close();
  await t.close();
});

describe('passwords', () => {
  it('are stored as salted scrypt hashes that only the right password matches', async () => {
    const a = await hashPassword('rätt lösenord');
    const b = await hashPassword('rätt lösenord');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('rätt lösenord', a)).toBe(true);
    expect(await verifyPassword('fel lösenord', a)).toBe(false);
    expect(await verifyPassword('rätt lösenord', 'plaintext')).toBe(false);
  });
});

describe('logging in', () => {
  it('gives an opaque session for the right e-mail and password, whatever the case of the e-mail', async () => {
    const team = await addTeam(t.hub);
    const agent = await addAgent(t.hub, team);
    const reply = await postJson(`${served.url}/auth/login`, {
      email: agent.email.toUpperCase(),
      password: agent.password,
    });
    expect(reply.status).toBe(200);
    const session = Session.parse(reply.body);
    expect(session.agent).toEqual({ id: agent.id, name: agent.name, email: agent.email, teamId: team.id });
    expect(session.teams).toEqual([team]);
    expect(session.expiresAt).toBe(t.clock.time + 8 * HOUR);
    const [stored] = await t.hub.db.query<{ token_hash: string }>(
      'SELECT token_hash FROM sessions WHERE agent_id = $1',
      [agent.id],
    );
    expect(stored?.token_hash).not.toContain(session.token);
  });

  it('answers a wrong password and an unknown e-mail alike', async () => {
    const agent = await addAgent(t.hub, await addTeam(t.hub));
    const wrong = await postJson(`${served.url}/auth/login`, {
      email: agent.email,
      password: 'not the password',
    });
    const unknown = await postJson(`${served.url}/auth/login`, {
      email: 'nobody@hub.example',
      password: 'whatever1',
    });
    expect(wrong.status).toBe(401);
    expect(unknown).toEqual(wrong);
    expect(SyncErrorBody.parse(wrong.body).error).toMatchObject({ code: 'unauthorized', retryable: false });
  });

  it('ends a session when it expires, and on logout', async () => {
    const agent = await addAgent(t.hub, await addTeam(t.hub));
    const login = async () =>
      Session.parse(
        (await postJson(`${served.url}/auth/login`, { email: agent.email, password: agent.password })).body,
      ).token;
    const token = await login();
    expect((await getJson(`${served.url}/auth/session`, bearer(token))).status).toBe(200);
    t.clock.advance(8 * HOUR - 1);
    expect((await getJson(`${served.url}/auth/session`, bearer(token))).status).toBe(200);
    t.clock.advance(1);
    const expired = await getJson(`${served.url}/auth/session`, bearer(token));
    expect(expired.status).toBe(401);
    expect(SyncErrorBody.parse(expired.body).error.code).toBe('unauthorized');

    const second = await login();
    expect((await postJson(`${served.url}/auth/logout`, {}, bearer(second))).status).toBe(200);
    expect((await getJson(`${served.url}/auth/session`, bearer(second))).status).toBe(401);
  });

  it('refuses sync requests without a session', async () => {
    const none = await postJson(`${served.url}/sync/pull`, { protocol: 1, clientId: null, cursor: null });
    const bogus = await postJson(`${served.url}/sync/push`, {}, bearer('nst_made_up'));
    expect([none.status, bogus.status]).toEqual([401, 401]);
  });
});
