import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiProvider';
import { useQuery } from '../../api/useQuery';
import { useWorkspace } from '../../shell/WorkspaceContext';
import { ConnectForm } from './ConnectForm';
import { RefusedChanges } from './RefusedChanges';
import './sync.css';

/**
 * Settings → Hub: connect this desk to a hub (address, e-mail, password), the progress of a first
 * sync, sync now or disconnect, and the changes the hub refused. The sync state in words is the
 * Settings line above it (SyncSetting) and the Sync status region; it is not repeated here.
 */
export function HubAccountPanel() {
  const { t } = useTranslation();
  const api = useApi();
  const { info } = useWorkspace();
  const refetchOn = { refetchOn: ['sync.status'] as const };
  const status = useQuery('sync.status', {}, refetchOn);
  const account = useQuery('sync.account', {}, refetchOn);
  const refused = useQuery('sync.rejections', {}, refetchOn);
  const [busy, setBusy] = useState(false);
  /** Where focus goes once the panel shows the new state: what the agent may do next. */
  const focusAfter = useRef<'connected' | 'disconnected' | null>(null);
  const disconnectRef = useRef<HTMLButtonElement>(null);
  const sectionRef = useRef<HTMLElement>(null);

  const state = status.data?.state;
  const signedIn =
    account.data?.account != null && state !== undefined && state !== 'local' && state !== 'login_required';

  useLayoutEffect(() => {
    if (focusAfter.current === 'connected' && signedIn) disconnectRef.current?.focus();
    else if (focusAfter.current === 'disconnected' && !signedIn)
      sectionRef.current?.querySelector('input')?.focus();
    else return;
    focusAfter.current = null;
  }, [signedIn]);

  const run = async (method: 'sync.now' | 'sync.disconnect') => {
    if (busy) return;
    setBusy(true);
    try {
      if (method === 'sync.disconnect') focusAfter.current = 'disconnected';
      await api.call(method, {});
    } catch {
      // The status line says how sync stands; nothing else to tell here.
    } finally {
      setBusy(false);
    }
  };

  const progress = status.data?.progress;
  return (
    <section ref={sectionRef} className="hub-account" aria-labelledby="hub-account-heading">
      <h2 id="hub-account-heading" className="hub-account__heading">
        {t('hubAccount.heading')}
      </h2>
      {progress !== undefined && progress.total > 0 && (
        <progress
          className="hub-account__progress"
          aria-label={t('hubAccount.firstSync')}
          value={progress.done}
          max={progress.total}
        />
      )}
      {signedIn && account.data?.account ? (
        <>
          <dl className="hub-account__facts">
            <dt>{t('hubAccount.hub')}</dt>
            <dd>{account.data.account.url}</dd>
            <dt>{t('hubAccount.account')}</dt>
            <dd>
              {t('hubAccount.signedInAs', {
                name: account.data.account.agentName,
                email: account.data.account.email,
              })}
            </dd>
          </dl>
          <div className="hub-account__actions">
            <button
              type="button"
              className="button"
              aria-disabled={busy}
              onClick={() => void run('sync.now')}
            >
              {t('hubAccount.syncNow')}
            </button>
            <button
              ref={disconnectRef}
              type="button"
              className="button"
              aria-disabled={busy}
              onClick={() => void run('sync.disconnect')}
            >
              {t('hubAccount.disconnect')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="hub-account__hint">
            {state === 'login_required'
              ? t('hubAccount.sessionEnded', { count: status.data?.pending ?? 0 })
              : t('hubAccount.intro')}
          </p>
          <ConnectForm
            account={account.data?.account ?? null}
            replacesWorkspace={info.isDemo}
            onConnected={({ workspaceReplaced }) => {
              // Another workspace (the demo's, or another agent's) was replaced: start the window afresh.
              if (workspaceReplaced) window.location.reload();
              else focusAfter.current = 'connected';
            }}
          />
        </>
      )}
      <RefusedChanges changes={refused.data?.rejections ?? []} />
    </section>
  );
}
