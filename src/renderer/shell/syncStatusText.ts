import type { TFunction } from 'i18next';
import type { Locale, SyncStatus } from '../../shared/domain';
import { formatTime } from '../i18n/format';
import type { ConnectionState } from '../api/webSocketTransport';

/**
 * The words in the "Sync" status region. A lost connection to the host outranks the sync state, and a
 * host that no longer takes this tab's token (it restarted) outranks that: only its new link helps.
 */
export function syncStatusText(
  status: SyncStatus | undefined,
  connection: ConnectionState,
  t: TFunction,
  locale: Locale,
): string {
  if (connection === 'unauthorized') return t('sync.sessionEnded');
  if (connection === 'offline') return t('sync.reconnecting');
  if (!status) return t('sync.connecting');
  switch (status.state) {
    case 'local':
      return t('sync.local');
    case 'offline':
      return t('sync.offline', { count: status.pending });
    case 'syncing':
      return t('sync.syncing');
    case 'synced':
      return status.lastSyncedAt === null
        ? t('sync.syncedNever')
        : t('sync.synced', { time: formatTime(status.lastSyncedAt, locale) });
    case 'error':
      return status.message ? t('sync.errorWithMessage', { message: status.message }) : t('sync.error');
    case 'login_required':
      return t('sync.loginRequired');
  }
}
