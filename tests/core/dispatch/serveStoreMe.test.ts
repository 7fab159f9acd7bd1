import { describe, expect, it } from 'vitest';
import { serveStore } from '../../../src/core/dispatch/serveStore';
import { memoryPreferences } from '../../../src/core/preferences';
import { setMeta } from '../../../src/core/store/meta';
import { methods } from '../../../src/shared/api';
import { makeDesk, NOW } from '../commands/fixtures';

const quiet = { info: () => {}, warn: () => {}, error: () => {} };

describe('who "me" is', () => {
  it('follows the store after a hub account replaced the agent, without reopening the desk', async () => {
    const desk = makeDesk();
    const core = serveStore(desk.db, {
      meId: desk.meId,
      prefs: memoryPreferences(),
      clock: { now: () => NOW },
      logger: quiet,
    });
    const me = async () => {
      const reply = await core.dispatch({ id: 1, method: 'workspace.info', args: {} });
      if (!reply.ok) throw new Error(reply.error.message);
      return methods['workspace.info'].result.parse(reply.value).me.id;
    };
    expect(await me()).toBe(desk.meId);

    setMeta(desk.db, 'me_agent_id', desk.colleagueId);
    expect(await me()).toBe(desk.colleagueId);
    core.close();
  });
});
