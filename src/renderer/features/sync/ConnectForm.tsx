import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubAccount } from '../../../shared/api/methods/sync';
import { useApi } from '../../api/ApiProvider';

interface Props {
  /** The account this desk last used: its address and e-mail are filled in. */
  account: HubAccount | null;
  /** The desk still holds a demo or local workspace, which connecting replaces. */
  replacesWorkspace: boolean;
  onConnected(result: { workspaceReplaced: boolean }): void;
}

/** Hub address, e-mail and password. The password goes to the hub once; the desk keeps only a session. */
export function ConnectForm({ account, replacesWorkspace, onConnected }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const result = await api.call('sync.connect', {
        url: String(form.get('url') ?? ''),
        email: String(form.get('email') ?? ''),
        password: String(form.get('password') ?? ''),
      });
      onConnected(result);
    } catch (failure) {
      setError(t('hubAccount.failed', { message: failure instanceof Error ? failure.message : '' }));
      // The usual mistake is the password: it is where the agent types next.
      passwordRef.current?.select();
      passwordRef.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="hub-account__form"
      aria-label={t('hubAccount.formLabel')}
      onSubmit={(e) => void submit(e)}
    >
      <div className="hub-account__field">
        <label htmlFor={`${id}-url`}>{t('hubAccount.url')}</label>
        <input
          id={`${id}-url`}
          name="url"
          type="url"
          required
          autoComplete="url"
          defaultValue={account?.url ?? ''}
          aria-describedby={`${id}-url-hint`}
        />
        <span id={`${id}-url-hint`} className="hub-account__hint">
          {t('hubAccount.urlHint')}
        </span>
      </div>
      <div className="hub-account__field">
        <label htmlFor={`${id}-email`}>{t('hubAccount.email')}</label>
        <input
          id={`${id}-email`}
          name="email"
          type="email"
          required
          autoComplete="username"
          defaultValue={account?.email ?? ''}
        />
      </div>
      <div className="hub-account__field">
        <label htmlFor={`${id}-password`}>{t('hubAccount.password')}</label>
        <input
          ref={passwordRef}
          id={`${id}-password`}
          name="password"
          type="password"
          required
          autoComplete="current-password"
        />
      </div>
      {replacesWorkspace && <p className="hub-account__hint">{t('hubAccount.replaceHint')}</p>}
      <div className="hub-account__actions">
        <button type="submit" className="button button--primary" aria-disabled={busy}>
          {busy ? t('hubAccount.connecting') : t('hubAccount.connect')}
        </button>
      </div>
      {error !== null && (
        <p role="alert" className="hub-account__error">
          {error}
        </p>
      )}
    </form>
  );
}
