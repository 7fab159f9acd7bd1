import { describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import { methods } from '../../../src/shared/api';
import { setMeta } from '../../../src/core/store/meta';
import { getWorkspaceInfo } from '../../../src/core/queries/workspaceInfo';
import { makeDesk } from './fixtures';

describe('the workspace', () => {
  it('knows who I am, every team, every colleague and the saved replies', () => {
    const desk = makeDesk();
    desk.db
      .prepare(
        "INSERT INTO saved_replies(id, title, body_text, locale) VALUES (?, 'Tack för ditt samtal', 'Tack!', 'sv')",
      )
      .run(v7());
    const info = methods['workspace.info'].result.parse(getWorkspaceInfo(desk.db, desk.ctx));
    expect(info.me).toMatchObject({ id: desk.meId, name: 'Maja Lind', teamId: desk.teamId });
    expect(info.teams.map((t) => t.name)).toEqual(['Kundservice', 'Pension']);
    expect(info.agents.map((a) => a.name)).toEqual(['Ahmed Yilmaz', 'Maja Lind', 'Tuula Virtanen']);
    expect(info.savedReplies).toEqual([
      expect.objectContaining({ title: 'Tack för ditt samtal', locale: 'sv' }),
    ]);
    expect(info.isDemo).toBe(false);
  });

  it('says when it is the demo workspace', () => {
    const desk = makeDesk();
    setMeta(desk.db, 'is_demo', '1');
    expect(getWorkspaceInfo(desk.db, desk.ctx).isDemo).toBe(true);
  });

  it('is not_found when this desk’s agent is missing from the store', () => {
    const desk = makeDesk();
    expect(() => getWorkspaceInfo(desk.db, { ...desk.ctx, meId: v7() })).toThrow(
      expect.objectContaining({ code: 'not_found' }),
    );
  });
});
