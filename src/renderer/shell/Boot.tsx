import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import type { Result } from '../../shared/api';
import { defaultPreferences, type Preferences, type PreferencesPatch } from '../../shared/domain';
import { ApiProvider, type ApiContextValue } from '../api/ApiProvider';
import { App } from '../App';
import { NavigationProvider } from './Navigation';
import { resolveLocale } from '../i18n/locale';
import { setupI18n } from '../i18n/setup';
import { KeyboardProvider } from '../keyboard/KeyboardProvider';
import { NowProvider } from '../ui/NowProvider';
import { useAppliedTheme } from '../ui/useAppliedTheme';
import { WorkspaceProvider, type Workspace } from './WorkspaceContext';

type BootState =
  | { kind: 'loading'; prefs?: Preferences }
  | { kind: 'ready'; info: Result<'workspace.info'>; prefs: Preferences; i18n: i18n }
  | { kind: 'failed'; prefs: Preferences; i18n: i18n };

const systemLocale = (prefs: Preferences) => resolveLocale(prefs.locale, navigator.languages);

/** Who I am and my preferences; the language is set up either way, so a failure can be explained. */
async function loadWorkspace(api: ApiContextValue): Promise<BootState> {
  // Both asked at once; preferences are worth having even when the workspace fails: the error then
  // speaks the right language.
  const [prefs, info] = await Promise.all([
    api.client.call('prefs.get', {}).catch(() => defaultPreferences),
    api.client.call('workspace.info', {}).catch(() => null),
  ]);
  const instance = await setupI18n(systemLocale(prefs));
  if (!info) return { kind: 'failed', prefs, i18n: instance };
  return { kind: 'ready', info, prefs, i18n: instance };
}

/** The patch's fields laid over the preferences; a field left undefined is not part of the patch. */
function patched(prefs: Preferences, patch: PreferencesPatch): Preferences {
  const changes = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
  return { ...prefs, ...changes };
}

/** Loads who I am and my preferences, sets up language and theme, then shows the app. */
export function Boot({ api }: { api: ApiContextValue }) {
  const [state, setState] = useState<BootState>({ kind: 'loading' });
  const prefs = state.prefs;
  useAppliedTheme(prefs?.theme ?? defaultPreferences.theme);
  const locale = systemLocale(prefs ?? defaultPreferences);
  const instance = state.kind === 'loading' ? null : state.i18n;

  // Before paint, so a language switch never shows a frame of mixed languages.
  useLayoutEffect(() => {
    if (!instance) return;
    document.documentElement.lang = locale;
    if (instance.language !== locale) void instance.changeLanguage(locale);
  }, [instance, locale]);

  const load = useCallback(() => {
    void loadWorkspace(api).then(setState);
  }, [api]);
  useEffect(load, [load]);

  const setPrefs = useCallback(
    (next: (current: Preferences) => Preferences) =>
      setState((s) => (s.kind === 'ready' ? { ...s, prefs: next(s.prefs) } : s)),
    [],
  );
  // Applied at once, so theme, language and keys change as the agent chooses; the desk's answer
  // (validated and stored) then replaces the guess, and a refusal puts the stored preferences back.
  const updatePrefs = useCallback(
    async (patch: PreferencesPatch) => {
      setPrefs((current) => patched(current, patch));
      try {
        const saved = await api.client.call('prefs.set', { patch });
        setPrefs(() => saved);
      } catch (error) {
        const stored = await api.client.call('prefs.get', {}).catch(() => null);
        if (stored) setPrefs(() => stored);
        throw error;
      }
    },
    [api, setPrefs],
  );

  const info = state.kind === 'ready' ? state.info : null;
  const agentsById = useMemo(() => new Map(info?.agents.map((agent) => [agent.id, agent])), [info]);
  const workspace = useMemo<Workspace | null>(
    () => (info && prefs ? { info, prefs, locale, agentsById, updatePrefs } : null),
    [info, prefs, locale, agentsById, updatePrefs],
  );

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
  if (!workspace) return null;
  return (
    <ApiProvider value={api}>
      <I18nextProvider i18n={state.i18n}>
        <WorkspaceProvider value={workspace}>
          <NowProvider>
            <KeyboardProvider keymap={workspace.prefs.keymap}>
              <NavigationProvider>
                <App />
              </NavigationProvider>
            </KeyboardProvider>
          </NowProvider>
        </WorkspaceProvider>
      </I18nextProvider>
    </ApiProvider>
  );
}
