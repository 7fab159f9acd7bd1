import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoWorkspace } from '../../src/core/demo/seedDemoWorkspace';
import { getMeta } from '../../src/core/store/meta';
import { openStore } from '../../src/core/store/openStore';
import { setPassword } from '../../src/server/accounts/directory';
import { importRows, type RowBatch } from '../../src/server/sync/importRows';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../src/shared/api/methods/search';
import type { Agent } from '../../src/shared/domain';
import { rowSchemas, syncTables } from '../../src/shared/sync';
import { Desk, hubDump, PASSWORD, startHub, T0, type TestHub } from './world';

let hub: TestHub;
beforeAll(async () => {
  hub = await startHub();
});
afterAll(async () => {
  await hub.close();
});

describe('the first sync of a new desk', () => {
  it('brings the whole demo workspace, page by page, exactly as the hub has it', async () => {
    // The hub is given the demo workspace, as an operator moving a team onto a hub would.
    const source = openStore({ path: ':memory:' });
    await seedDemoWorkspace(source, { cases: 1000, seed: 7, now: T0 });
    const batches = syncTables.map((table) => ({
      table,
      rows: source
        .prepare(`SELECT ${Object.keys(rowSchemas[table].shape).join(', ')} FROM ${table} ORDER BY n`)
        .all(),
    })) as RowBatch[];
    await importRows(hub.hub, batches);
    const me = source
      .prepare('SELECT id, name, email, team_id AS teamId FROM agents WHERE id = ?')
      .get(getMeta(source, 'me_agent_id')) as Agent;
    await setPassword(hub.hub, me.email, PASSWORD);
    const events = (source.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
    const lastMessage = source
      .prepare(
        "SELECT id, body_text AS text FROM events WHERE body_text <> '' AND kind IN ('contact', 'note') ORDER BY n DESC LIMIT 1",
      )
      .get() as { id: string; text: string };
    source.close();

    const desk = new Desk(hub.url, me, 1);
    try {
      await desk.open();
      const progress: { done: number; total: number }[] = [];
      desk.api.on('sync.status', (s) => s.progress && progress.push(s.progress));
      await desk.connect();
      const status = await desk.api.call('sync.now', {});

      expect(status).toMatchObject({ state: 'synced', pending: 0 });
      expect(events).toBeGreaterThan(500);
      // More than one page, each further along, none past the hub's head.
      expect(progress.length).toBeGreaterThan(1);
      expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));
      for (const p of progress) expect(p.done).toBeLessThanOrEqual(p.total);
      expect(desk.dump()).toBe(await hubDump(hub.url, me));
      // Search finds what came (its index is built after the rows, before the round ends).
      const people = await desk.api.call('search.query', { q: 'Ødegård', kinds: ['person'] });
      expect(people.hits.map((h) => h.title)).toContain('Bjørn Ødegård');
      const words = lastMessage.text.split(/\s+/).slice(0, 4).join(' ');
      const messages = await desk.api.call('search.query', { q: words, kinds: ['message', 'note'] });
      const texts = messages.hits.map((h) =>
        h.snippet.replaceAll(HIGHLIGHT_START, '').replaceAll(HIGHLIGHT_END, '').replace(/…$/, ''),
      );
      expect(texts.some((text) => lastMessage.text.startsWith(text))).toBe(true);
      const info = await desk.api.call('workspace.info', {});
      expect(info.me.id).toBe(me.id);
      expect(info.isDemo).toBe(false);
    } finally {
      desk.close();
    }
  });
});
