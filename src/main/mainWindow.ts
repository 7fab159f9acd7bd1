import { BrowserWindow } from 'electron';
import type { Logger, PreferencesPort } from '../core/ports';
import type { Rectangle } from './windowBounds';
import { clampToDisplays, trackWindowBounds } from './windowBounds';
import { windowPlacement } from './windowOptions';

export interface MainWindowDeps {
  preloadPath: string;
  /** app://nara/index.html, or the dev server in development. */
  entryUrl: string;
  prefs: PreferencesPort;
  /** Work areas of the connected displays (screen.getAllDisplays()). */
  workAreas: () => Rectangle[];
  logger: Logger;
}

/** Opens the desk window where it was last left (if that is still on screen) and keeps remembering where. */
export function createMainWindow(deps: MainWindowDeps): BrowserWindow {
  const bounds = clampToDisplays(deps.prefs.get().windowBounds, deps.workAreas());
  const win = new BrowserWindow({
    ...windowPlacement(bounds),
    title: 'Nära',
    // Shown on ready-to-show so the agent never sees an empty white frame.
    show: false,
    autoHideMenuBar: true,
    // The renderer gets no Node, no Electron and no remote content: only the preload's two functions.
    // Spelled out here, at the constructor, so Electronegativity's static scan sees the real values.
    webPreferences: {
      preload: deps.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      // Middle-click on a link would ask for a new window; refused anyway, but never even asked.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => {
    if (bounds?.maximized) win.maximize();
    win.show();
  });
  trackWindowBounds(win, (windowBounds) => {
    try {
      deps.prefs.set({ windowBounds });
    } catch (error) {
      deps.logger.warn('Could not save the window position', { error: String(error) });
    }
  });
  win.loadURL(deps.entryUrl).catch((error: unknown) => {
    deps.logger.error('The desk window could not load', { url: deps.entryUrl, error: String(error) });
  });
  return win;
}
