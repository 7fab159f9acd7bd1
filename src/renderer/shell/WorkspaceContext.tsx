import { createContext, useContext, type ReactNode } from 'react';
import type { Result } from '../../shared/api';
import type { Agent, Locale, Preferences, PreferencesPatch } from '../../shared/domain';

export interface Workspace {
  info: Result<'workspace.info'>;
  prefs: Preferences;
  /** The resolved UI language (the preference, or the system language). */
  locale: Locale;
  agentsById: ReadonlyMap<string, Agent>;
  /**
   * Changes preferences: applied everywhere at once (theme, language, keymap), then stored by the desk.
   * Rejects when the desk refuses the change; the preferences on screen are then the stored ones again.
   */
  updatePrefs(patch: PreferencesPatch): Promise<void>;
}

const WorkspaceContext = createContext<Workspace | null>(null);

export function WorkspaceProvider({ value, children }: { value: Workspace; children: ReactNode }) {
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

/** Who I am, my colleagues, my preferences and language: loaded at start-up, preferences kept live. */
export function useWorkspace(): Workspace {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace needs a WorkspaceProvider');
  return value;
}
