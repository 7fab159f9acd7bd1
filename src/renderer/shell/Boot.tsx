import { useCallback, useEffect, useState } from 'react';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { defaultPreferences, type Preferences } from '../../shared/domain';
import { ApiProvider, type ApiContextValue } from '../api/ApiProvider';
import { App } from '../App';
import { resolveLocale } from '../i18n/locale';
import { setupI18n } from '../i18n/setup';
import { KeyboardProvider } from '../keyboard/KeyboardProvider';
import { NowProvider } from '../ui/NowProvider';
import { useAppliedTheme } from '../ui/useAppliedTheme';
import { WorkspaceProvider, type Workspace } from './WorkspaceContext';

type BootState =
  | { kind: 'loading'; prefs?: Preferences }
  | { kind: 'ready'; workspace: Workspace; i18n: i18n }
  | { kind: 'failed'; prefs: Preferences; i18n: i18n };

/** Who I am and my preferences; the language is set up either way, so a failure can be explained. */
async function loadWorkspace(api: ApiContextValue): Promise<BootState> {
  // Preferences are worth having even when the workspace fails: the error then speaks the right language.
  const prefs = await api.client.call('prefs.get', {}).catch(() => defaultPreferences);
  const locale = resolveLocale(prefs.locale, navigator.languages);
  const [instance, info] = await Promise.all([
    setupI18n(locale),
    api.client.call('workspace.info', {}).catch(() => null),
  ]);
  document.documentElement.lang = locale;
  if (!info) return { kind: 'failed', prefs, i18n: instance };
  const agentsById = new Map(info.agents.map((agent) => [agent.id, agent]));
  return { kind: 'ready', i18n: instance, workspace: { info, prefs, locale, agentsById } };
}

/** Loads who I am and my preferences, sets up language and theme, then shows the app. */
export function Boot({ api }: { api: ApiContextValue }) {
  const [state, setState] = useState<BootState>({ kind: 'loading' });
  const prefs = state.kind === 'ready' ? state.workspace.prefs : state.prefs;
  useAppliedTheme(prefs?.theme ?? defaultPreferences.theme);

  const load = useCallback(() => {
    void loadWorkspace(api).then(setState);
  }, [api]);
  useEffect(load, [load]);

  if (state.kind === 'loading') return <div className="boot" aria-busy="true" />;
  if (state.kind === 'failed') {
    return (
      <I18nextProvider i18n={state.i18n}>
        <div className="boot" role="alert">
          <p>{state.i18n.t('app.loadFailed')}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setState({ kind: 'loading', prefs: state.prefs });
              load();
            }}
          >
            {state.i18n.t('app.retry')}
          </button>
        </div>
      </I18nextProvider>
    );
  }
  return (
    <ApiProvider value={api}>
      <I18nextProvider i18n={state.i18n}>
        <WorkspaceProvider value={state.workspace}>
          <NowProvider>
            <KeyboardProvider keymap={state.workspace.prefs.keymap}>
              <App />
            </KeyboardProvider>
          </NowProvider>
        </WorkspaceProvider>
      </I18nextProvider>
    </ApiProvider>
  );
}
