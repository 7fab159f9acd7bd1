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
});
