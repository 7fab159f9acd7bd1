import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import type { SyncStatus } from '../../src/shared/domain';
import { syncStatusText } from '../../src/renderer/shell/syncStatusText';
import { setupI18n } from '../../src/renderer/i18n/setup';

const status = (fields: Partial<SyncStatus>): SyncStatus => ({
  state: 'local',
  pending: 0,
  lastSyncedAt: null,
  message: null,
  ...fields,
});

describe('sync status line', () => {
  let t: TFunction;
  beforeAll(async () => {
    t = (await setupI18n('en')).t as TFunction;
  });

  it('says when the desk works on its own', () => {
    expect(syncStatusText(status({ state: 'local' }), 'open', t, 'en')).toBe('Local workspace');
  });

  it('counts the changes waiting while offline', () => {
    expect(syncStatusText(status({ state: 'offline', pending: 3 }), 'open', t, 'en')).toBe(
      'Offline — 3 changes waiting',
    );
    expect(syncStatusText(status({ state: 'offline', pending: 1 }), 'open', t, 'en')).toBe(
      'Offline — 1 change waiting',
    );
  });

  it('gives the time of the last sync', () => {
    const at = new Date(2026, 2, 12, 12, 4).getTime();
    expect(syncStatusText(status({ state: 'synced', lastSyncedAt: at }), 'open', t, 'en')).toBe(
      'Synced 12:04',
    );
  });

  it('puts a lost connection to the host before anything else', () => {
    expect(syncStatusText(status({ state: 'synced' }), 'offline', t, 'en')).toBe(
      'Connection lost — reconnecting…',
    );
  });

  it('after the host restarted with a new token, says to open its new link, in every language', async () => {
    const words = { en: 'Session ended — open the link the host printed' } as const;
    expect(syncStatusText(status({ state: 'synced' }), 'unauthorized', t, 'en')).toBe(words.en);
    for (const locale of ['sv', 'nb'] as const) {
      const translated = (await setupI18n(locale)).t as TFunction;
      const text = syncStatusText(undefined, 'unauthorized', translated, locale);
      expect(text).not.toBe(words.en);
      expect(text).not.toBe(translated('sync.reconnecting'));
      expect(text).not.toContain('sync.');
    }
  });
});
