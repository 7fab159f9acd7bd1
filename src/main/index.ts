// The Electron main process: thin wiring of the policies and adapters in this folder around core.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  Notification,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import { openCore } from '../core';
import type { Core } from '../core/Core';
import { defaultDataDir } from '../core/paths';
import { consoleLogger } from '../core/ports';
import { hubCredentialsFromEnv } from '../core/sync/hubCredentialsFromEnv';
import { resolveLocale } from '../shared/domain';
import type { PreferencesPort } from '../core/ports';
import { APP_ENTRY_URL, APP_SCHEME, appOrigins } from './appOrigin';
import { appScheme, createAppProtocolHandler } from './appProtocol';
import { createElectronStorePreferences } from './electronStorePreferences';
import { REQUEST_CHANNEL } from './ipcChannels';
import { createRequestHandler, forwardPushes } from './ipcTransport';
import { notifyDuePromises } from './promiseNotifications';
import { createMainWindow } from './mainWindow';
import { menuTemplate } from './menu';
import { electronNativeBindingPath } from './nativeBinding';
import { denyAllPermissions, guardWebContents } from './navigationGuards';
import { claimSingleInstance } from './singleInstance';

const logger = consoleLogger;
// NARA_DATA_DIR lets the desktop app and the browser host open one chosen desk.
const dataDir = process.env.NARA_DATA_DIR || defaultDataDir();
// Only an unpackaged app (electron-vite dev) may load its renderer from a dev server named by the environment.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL || undefined;
const origins = appOrigins(devServerUrl);
let mainWindow: BrowserWindow | null = null;

function openExternal(url: string): void {
  shell.openExternal(url).catch((error: unknown) => {
    logger.warn('Could not open a link outside the app', { url, error: String(error) });
  });
}

function fail(error: unknown): void {
  logger.error('Nära could not start', { error: String(error) });
  dialog.showErrorBox('Nära could not start', error instanceof Error ? error.message : String(error));
  app.exit(1);
}

function openCoreForElectron(prefs: PreferencesPort): Promise<Core> {
  const nativeBinding = electronNativeBindingPath(app.getAppPath(), process.versions.electron ?? '');
  if (!existsSync(nativeBinding)) {
    return Promise.reject(
      new Error(
        `The database driver for Electron is missing (${nativeBinding}). Start the app with "npm start".`,
      ),
    );
  }
  // Like the browser host, the desktop app can sign in to a hub by itself (agents can also do it in Settings).
  return openCore({ dataDir, prefs, nativeBinding, logger, hub: hubCredentialsFromEnv(process.env) });
}

function openMainWindow(prefs: PreferencesPort): void {
  mainWindow = createMainWindow({
    preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
    entryUrl: devServerUrl ?? APP_ENTRY_URL,
    prefs,
    workAreas: () => screen.getAllDisplays().map((display) => display.workArea),
    logger,
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

async function start(): Promise<void> {
  denyAllPermissions(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(join(import.meta.dirname, '../renderer')));
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, devServerUrl !== undefined)));

  // The window opens while the store opens (a first start builds the demo desk); requests wait for core.
  const prefs = createElectronStorePreferences({ cwd: dataDir });
  const core = openCoreForElectron(prefs);
  ipcMain.handle(
    REQUEST_CHANNEL,
    createRequestHandler({ dispatch: async (request) => (await core).dispatch(request) }, origins, logger),
  );
  openMainWindow(prefs);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow(prefs);
  });

  const opened = await core;
  const stopPushes = forwardPushes(
    opened,
    () => BrowserWindow.getAllWindows().map((win) => win.webContents),
    origins,
  );
  const stopNotices = notifyDuePromises(
    opened,
    () => resolveLocale(prefs.get().locale, app.getPreferredSystemLanguages()),
    (notice) => {
      if (!Notification.isSupported()) return;
      const shown = new Notification(notice);
      shown.on('click', () => mainWindow?.show());
      shown.show();
    },
  );
  app.on('will-quit', () => {
    stopNotices();
    stopPushes();
    ipcMain.removeHandler(REQUEST_CHANNEL);
    opened.close();
  });
}

app.setName('Nara');
// Chromium's files and the single-instance lock follow the data folder: one window per desk.
app.setPath('userData', dataDir);
app.enableSandbox();
protocol.registerSchemesAsPrivileged([appScheme]);

if (claimSingleInstance(app, () => mainWindow)) {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, { origins, openExternal }));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.whenReady().then(start).catch(fail);
}
