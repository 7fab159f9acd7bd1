import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { updatePerson } from '../../../src/core/commands/people/updatePerson';
import { STORE_FILE } from '../../../src/core/paths';
import { openStore } from '../../../src/core/store/openStore';
import { argsFor, insertAgent, insertPerson, insertTeam, NOW } from '../commands/fixtures';
import { openTestDesk, putCase, type TestDesk } from './desk';
import { FakeHub, PASSWORD } from './fakeHub';

const desks: TestDesk[] = [];
const folders: string[] = [];
afterEach(() => {
  for (const desk of desks.splice(0)) desk.core.close();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function folder(): string {
  const path = mkdtempSync(join(tmpdir(), 'nara-reset-'));
  folders.push(path);
  return path;
}

describe('the workspace a desk holds before it connects', () => {
  it('a demo workspace makes way for the team’s cases from the hub', async () => {
    const hub = new FakeHub();
    const { caseRow } = putCase(hub);
    const desk = await openTestDesk(hub, { demo: { cases: 30, seed: 2 } });
    desks.push(desk);
    expect((await desk.api.call('workspace.info', {})).isDemo).toBe(true);
    await desk.api.call('notes.add', {
      caseId: (await desk.api.call('cases.list', { view: 'team', limit: 1 })).rows[0]!.id,
      bodyText: 'Övning i demon',
    });

    await desk.connect();

    const info = await desk.api.call('workspace.info', {});
    expect(info.isDemo).toBe(false);
    expect(info.me.id).toBe(hub.agent.id);
    const { rows } = await desk.api.call('cases.list', { view: 'team', limit: 50 });
    expect(rows.map((r) => r.id)).toEqual([caseRow.id]);
    // The demo's practice never reaches the hub.
    expect(hub.pushes).toEqual([]);
    expect((await desk.api.call('search.query', { q: 'Övning' })).hits).toEqual([]);
  });

  it('a workspace with work no hub has is kept, and connecting another account is refused', async () => {
    const dataDir = folder();
    const db = openStore({ path: join(dataDir, STORE_FILE) });
    const teamId = insertTeam(db, 'Mitt team');
    const meId = insertAgent(db, teamId, 'Maja Lindqvist');
    db.prepare("INSERT INTO meta(key, value) VALUES ('me_agent_id', ?), ('client_id', 'desk')").run(meId);
    const personId = insertPerson(db, 'Åsa Bergström');
    updatePerson({ db, meId, now: NOW }, argsFor('people.update', { personId, preferredName: 'Åsa' }));
    db.close();
    const hub = new FakeHub();
    const desk = await openTestDesk(hub, { dataDir });
    desks.push(desk);

    await expect(
      desk.api.call('sync.connect', {
        url: 'https://hub.example',
        email: hub.agent.email,
        password: PASSWORD,
      }),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/1 change\(s\) that no hub has/),
    });

    const { person } = await desk.api.call('people.get', { personId });
    expect(person.preferredName).toBe('Åsa');
    expect((await desk.api.call('sync.status', {})).state).toBe('local');
  });
});
