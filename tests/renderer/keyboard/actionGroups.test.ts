import { describe, expect, it } from 'vitest';
import { actionIds } from '../../../src/shared/domain';
import { actionGroups } from '../../../src/renderer/keyboard/actionGroups';
import { setupI18n } from '../../../src/renderer/i18n/setup';

describe('every action is listed and named', () => {
  it('belongs to exactly one group of the shortcut help', () => {
    const listed = actionGroups.flatMap((group) => group.actions);
    expect([...listed].sort()).toEqual([...actionIds].sort());
  });

  it('has a name in every language', async () => {
    for (const locale of ['en', 'sv', 'nb'] as const) {
      const i18n = await setupI18n(locale);
      for (const action of actionIds) {
        const key = `shortcuts.actions.${action}` as const;
        expect(i18n.exists(key), `${locale} ${action}`).toBe(true);
        expect(i18n.t(key)).not.toBe(key);
      }
    }
  });
});
