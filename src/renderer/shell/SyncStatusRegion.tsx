import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../shared/domain';
import { useApi, useConnectionState } from '../api/ApiProvider';
import { syncStatusText } from './syncStatusText';
import { useWorkspace } from './WorkspaceContext';

/** The "Sync" status region: local workspace, offline with changes waiting, or when it last synced. */
export function SyncStatusRegion() {
  const api = useApi();
  const { t } = useTranslation();
  const { locale } = useWorkspace();
  const connection = useConnectionState();
  const [status, setStatus] = useState<SyncStatus>();

  useEffect(() => api.on('sync.status', setStatus), [api]);

  // On connect, and after a reconnect (the pushes we missed may include a sync.status change).
  useEffect(() => {
    if (connection !== 'open') return;
    let live = true;
    api.call('sync.status', {}).then(
      (fresh) => live && setStatus(fresh),
      () => undefined, // the region already says the connection is down
    );
    return () => {
      live = false;
    };
  }, [api, connection]);

  const text = syncStatusText(status, connection, t, locale);
  const warn =
    connection === 'offline' ||
    connection === 'unauthorized' ||
    status?.state === 'error' ||
    status?.state === 'login_required';
  return (
    <div
      role="status"
      aria-label={t('sync.label')}
      className={warn ? 'sync-status sync-status--warn' : 'sync-status'}
    >
      {text}
    </div>
  );
}
