import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncErrorBody } from '../../src/shared/sync';
import { createChannelKey } from '../../src/server/accounts/directory';
import type { RunningHub } from '../../src/server/hub';
import { postJson, serveTestHub } from './support/httpHub';
import { addAgent, addTeam, openTestHub, seedCase, T0, type TestHub } from './support/testHub';

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

async function keysForNewTeam() {
  const team = await addTeam(t.hub);
  const webform = (
    await createChannelKey(t.hub, { teamId: team.id, channel: 'webform', label: 'kontakt.se' })
  ).key;
  const calls = (await createChannelKey(t.hub, { teamId: team.id, channel: 'calls', label: 'växeln' })).key;
  return { team, webform, calls };
}

const withKey = (key: string) => ({ 'x-nara-channel-key': key });

async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['people', 'contact_points', 'cases', 'events', 'change_log']) {
    const [row] = await t.hub.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    counts[table] = row?.n ?? 0;
  }
  return counts;
}

const form = {
  name: 'Åsa Öberg',
  email: 'asa.oberg@exempel.se',
  subject: 'Flytt av elavtal',
  message: 'Hej! Jag flyttar den 1 april och vill ta med mitt avtal.',
};

describe('the web form channel', () => {
  it('makes an unknown sender a new person with an open, unread, unassigned case', async () => {
    const { team, webform } = await keysForNewTeam();
    const reply = await postJson(`${served.url}/channels/webform`, form, withKey(webform));
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ newPerson: true, newCase: true, routedTo: null });
    expect(reply.body.caseRef).toMatch(/^K-\d{4}-\d{5}$/);
    const [caseRow] = await t.hub.db.query('SELECT * FROM cases WHERE id = $1', [reply.body.caseId]);
    expect(caseRow).toMatchObject({
      team_id: team.id,
      channel: 'webform',
      status: 'open',
      assignee_id: null,
      unread: 1,
      subject: 'Flytt av elavtal',
    });
    const [person] = await t.hub.db.query('SELECT name FROM people WHERE id = $1', [reply.body.personId]);
    expect(person).toEqual({ name: 'Åsa Öberg' });
  });

  it('matches a known sender by contact point, written differently', async () => {
    const { team, webform } = await keysForNewTeam();
    const known = await seedCase(t.hub, team);
    const reply = await postJson(
      `${served.url}/channels/webform`,
      { ...form, email: `  ${known.email.toUpperCase()}` },
      withKey(webform),
    );
    expect(reply.body).toMatchObject({ personId: known.person.id, newPerson: false, newCase: true });
  });

  it('routes a new contact from a person with a personal agent to that agent', async () => {
    const { team, webform } = await keysForNewTeam();
    const ownersTeam = await addTeam(t.hub);
    const owner = await addAgent(t.hub, ownersTeam);
    const known = await seedCase(t.hub, team, { personalAgentId: owner.id });
    const reply = await postJson(
      `${served.url}/channels/webform`,
      { ...form, email: known.email },
      withKey(webform),
    );
    expect(reply.body).toMatchObject({ personId: known.person.id, routedTo: owner.id });
    const [caseRow] = await t.hub.db.query('SELECT assignee_id, team_id FROM cases WHERE id = $1', [
      reply.body.caseId,
    ]);
    expect(caseRow).toEqual({ assignee_id: owner.id, team_id: ownersTeam.id });
  });

  it('stores a resent submission once', async () => {
    const { webform } = await keysForNewTeam();
    const submission = { ...form, email: 'resend@exempel.se', externalId: 'form-4711' };
    const first = await postJson(`${served.url}/channels/webform`, submission, withKey(webform));
    const before = await rowCounts();
    const again = await postJson(`${served.url}/channels/webform`, submission, withKey(webform));
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({
      duplicate: true,
      eventId: first.body.eventId,
      caseId: first.body.caseId,
    });
    expect(await rowCounts()).toEqual(before);
  });

  it.each([
    ['no name', { ...form, name: '' }, 'name'],
    ['no way to answer', { name: 'Åsa', subject: 's', message: 'm' }, 'e-mail address or a phone'],
    ['a broken e-mail address', { ...form, email: 'asa@' }, 'email'],
    ['an empty message', { ...form, message: '   ' }, 'message'],
    ['not JSON', '{"name": "Åsa"', 'JSON'],
  ])('refuses %s with a 400 and the reason, storing nothing', async (_what, body, reason) => {
    const { webform } = await keysForNewTeam();
    const before = await rowCounts();
    const reply = await postJson(`${served.url}/channels/webform`, body, withKey(webform));
    expect(reply.status).toBe(400);
    expect(SyncErrorBody.parse(reply.body).error.message).toContain(reason);
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses a missing key, and a key for another channel, storing nothing', async () => {
    const { calls } = await keysForNewTeam();
    const before = await rowCounts();
    expect((await postJson(`${served.url}/channels/webform`, form)).status).toBe(401);
    expect((await postJson(`${served.url}/channels/webform`, form, withKey(calls))).status).toBe(403);
    expect(await rowCounts()).toEqual(before);
  });

  it('lets a channel key do nothing but create contacts', async () => {
    const { webform } = await keysForNewTeam();
    const pull = await postJson(
      `${served.url}/sync/pull`,
      { protocol: 1, clientId: '01a202b1-e23f-7658-9275-9e4b3a3caf39', cursor: null },
      { authorization: `Bearer ${webform}` },
    );
    expect(pull.status).toBe(401);
  });
});

describe('the telephony channel', () => {
  it('logs a call on the caller’s open case, opening it again when it was waiting', async () => {
    const { team, calls } = await keysForNewTeam();
    const first = await postJson(
      `${served.url}/channels/calls`,
      {
        number: '+46 70-123 45 67',
        name: 'Nils Holm',
        startedAt: T0 - 600_000,
        durationSec: 240,
        summary: 'Fråga om räkningen',
      },
      withKey(calls),
    );
    expect(first.body).toMatchObject({ newPerson: true, newCase: true });
    await t.hub.db.query("UPDATE cases SET status = 'waiting', unread = 0 WHERE id = $1", [
      first.body.caseId,
    ]);
    const second = await postJson(
      `${served.url}/channels/calls`,
      { number: '+46701234567', startedAt: T0 - 60_000, durationSec: 90, summary: 'Ringer igen' },
      withKey(calls),
    );
    expect(second.body).toMatchObject({
      personId: first.body.personId,
      caseId: first.body.caseId,
      newCase: false,
    });
    const [caseRow] = await t.hub.db.query(
      'SELECT status, unread, team_id, snippet FROM cases WHERE id = $1',
      [first.body.caseId],
    );
    expect(caseRow).toEqual({ status: 'open', unread: 1, team_id: team.id, snippet: 'Ringer igen' });
    const [event] = await t.hub.db.query(
      'SELECT channel, direction, meta, created_at FROM events WHERE id = $1',
      [second.body.eventId],
    );
    expect(event).toEqual({
      channel: 'phone',
      direction: 'in',
      meta: '{"durationSec":90}',
      created_at: T0 - 60_000,
    });
  });
});
