import { useTranslation } from 'react-i18next';
import { useConnectionState } from '../../api/ApiProvider';
import { useQuery } from '../../api/useQuery';
import { syncStatusText } from '../../shell/syncStatusText';
import { useWorkspace } from '../../shell/WorkspaceContext';
import { HubAccountPanel } from '../sync/HubAccountPanel';

/** Where this desk keeps its work: the sync state in words, and the hub account (connect, sign in, refused changes). */
export function SyncSetting() {
  const { t } = useTranslation();
  const { locale } = useWorkspace();
  const connection = useConnectionState();
  const status = useQuery('sync.status', {}, { refetchOn: ['sync.status'] });
  return (
    <section className="settings__section" aria-labelledby="settings-sync">
      <h2 id="settings-sync" className="settings__heading">
        {t('settings.sync.heading')}
      </h2>
      <dl className="settings__facts">
        <dt>{t('settings.sync.status')}</dt>
        <dd>{syncStatusText(status.data, connection, t, locale)}</dd>
      </dl>
      {status.data?.state === 'local' && <p className="settings__hint">{t('settings.sync.noHub')}</p>}
      <HubAccountPanel />
    </section>
  );
}
