// The main process wired together: index.ts run against a fake Electron and a fake core.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { electronNativeBindingPath } from '../../src/main/nativeBinding';
import type { PushEnvelope, Reply } from '../../src/shared/api';

const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => void;
  class Emitter {
    listeners = new Map<string, Listener[]>();
    on(event: string, listener: Listener): this {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    once(event: string, listener: Listener): this {
      return this.on(event, listener);
    }
    emit(event: string, ...args: unknown[]): void {
      for (const listener of this.listeners.get(event) ?? []) listener(...args);
    }
  }
  class FakeWebContents extends Emitter {
    url = '';
    send = vi.fn();
    setWindowOpenHandler = vi.fn();
    isDestroyed = () => false;
    getURL = () => this.url;
  }
  class FakeWindow extends Emitter {
    static all: FakeWindow[] = [];
    static getAllWindows = () => FakeWindow.all;
    webContents = new FakeWebContents();
    loadURL = vi.fn(async (url: string) => {
      this.webContents.url = url;
    });
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    maximize = vi.fn();
    isDestroyed = () => false;
    isMinimized = () => false;
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 800 });
    constructor(readonly options: { webPreferences?: Record<string, unknown> }) {
      super();
      FakeWindow.all.push(this);
    }
  }
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    gotLock: true,
    appPath: '',
    setName: vi.fn(),
    setPath: vi.fn(),
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => app.gotLock),
    quit: vi.fn(),
    exit: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
    getAppPath: () => app.appPath,
    getPath: () => app.appPath,
    getVersion: () => '0.1.0',
  });
  const ipcMain = { on: vi.fn(), handle: vi.fn(), removeHandler: vi.fn() };
  const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
  const session = {
    defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() },
  };
  const shell = { openExternal: vi.fn(async () => undefined) };
  const dialog = { showErrorBox: vi.fn() };
  const Menu = { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() };
  const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] };
  const electron = {
    app,
    ipcMain,
    protocol,
    session,
    shell,
    dialog,
    Menu,
    screen,
    BrowserWindow: FakeWindow,
  };

  // Like the real core, any number of listeners (the window forwarder, desktop notifications).
  const pushListeners = new Set<(push: unknown) => void>();
  const core = {
    dispatch: vi.fn(async (request: unknown) => ({
      id: (request as { id: number }).id,
      ok: true,
      value: 'pong',
    })),
    onPush: vi.fn((listener: (push: unknown) => void) => {
      pushListeners.add(listener);
      return () => {
        pushListeners.delete(listener);
      };
    }),
    close: vi.fn(),
  };
  const openCore = vi.fn(async () => core);

  function reset(): void {
    app.listeners.clear();
    FakeWindow.all = [];
    app.isPackaged = false;
    app.gotLock = true;
    pushListeners.clear();
  }
  return {
    electron,
    app,
    ipcMain,
    protocol,
    session,
    shell,
    dialog,
    FakeWindow,
    FakeWebContents,
    core,
    openCore,
    reset,
    push: (p: unknown) => pushListeners.forEach((listener) => listener(p)),
  };
});

vi.mock('electron', () => ({ default: fake.electron, ...fake.electron }));
vi.mock('../../src/core/index', () => ({ openCore: fake.openCore }));

const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('the main process', () => {
  let appPath: string;
  let dataDir: string;

  beforeEach(() => {
    vi.resetModules();
    vi.clearAllMocks();
    fake.reset();
    appPath = mkdtempSync(join(tmpdir(), 'nara-app-'));
    dataDir = join(appPath, 'desk');
    fake.app.appPath = appPath;
    const binding = electronNativeBindingPath(appPath, process.versions.electron ?? '');
    mkdirSync(dirname(binding), { recursive: true });
    writeFileSync(binding, 'stand-in for better_sqlite3.node');
    vi.stubEnv('NARA_DATA_DIR', dataDir);
    vi.stubEnv('ELECTRON_RENDERER_URL', '');
    // index.ts logs to the console; refusals and start-up failures are expected here.
    for (const level of ['info', 'warn', 'error'] as const)
      vi.spyOn(console, level).mockImplementation(() => {});
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    rmSync(appPath, { recursive: true, force: true });
  });

  async function launch(): Promise<void> {
    await import('../../src/main/index');
    await flush();
  }

  const window = () => {
    expect(fake.FakeWindow.all).toHaveLength(1);
    return fake.FakeWindow.all[0]!;
  };
  const requestHandler = () => {
    const call = fake.ipcMain.handle.mock.calls.find(([channel]) => channel === 'nara:request');
    expect(call).toBeDefined();
    return call![1] as (event: unknown, envelope: unknown) => Promise<Reply>;
  };

  it('quits a second launch before opening a window or the store', async () => {
    fake.app.gotLock = false;
    await launch();
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.app.whenReady).not.toHaveBeenCalled();
    expect(fake.FakeWindow.all).toHaveLength(0);
    expect(fake.openCore).not.toHaveBeenCalled();
  });

  it('brings the open window forward when launched again', async () => {
    await launch();
    fake.app.emit('second-instance');
    expect(window().focus).toHaveBeenCalled();
  });

  it('sandboxes every renderer and registers app:// as a privileged scheme before ready', async () => {
    await launch();
    expect(fake.app.enableSandbox).toHaveBeenCalled();
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
  });

  it('opens one locked-down window on app://nara with the CJS preload', async () => {
    await launch();
    const win = window();
    const preload = win.options.webPreferences?.preload as string;
    expect(preload.endsWith(join('preload', 'index.cjs'))).toBe(true);
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(win.loadURL).toHaveBeenCalledWith('app://nara/index.html');
  });

  it('serves app:// through a handler that sets the CSP and refuses traversal', async () => {
    await launch();
    const [scheme, handler] = fake.protocol.handle.mock.calls[0] as [
      string,
      (r: Request) => Promise<Response>,
    ];
    expect(scheme).toBe('app');
    const response = await handler(new Request('app://nara/..%2f..%2fpackage.json'));
    expect(response.status).toBe(403);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('denies every permission on the default session', async () => {
    await launch();
    const [requestPermission] = fake.session.defaultSession.setPermissionRequestHandler.mock.calls[0] as [
      (wc: unknown, permission: string, callback: (granted: boolean) => void) => void,
    ];
    const callback = vi.fn();
    requestPermission({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    const [check] = fake.session.defaultSession.setPermissionCheckHandler.mock.calls[0] as [() => boolean];
    expect(check()).toBe(false);
  });

  it('opens the store in NARA_DATA_DIR with the Electron build of better-sqlite3, and keeps userData with it', async () => {
    await launch();
    expect(fake.openCore).toHaveBeenCalledWith(
      expect.objectContaining({
        dataDir,
        nativeBinding: electronNativeBindingPath(appPath, process.versions.electron ?? ''),
      }),
    );
    expect(fake.app.setPath).toHaveBeenCalledWith('userData', dataDir);
  });

  it('signs in to the hub named by NARA_HUB_URL, NARA_HUB_EMAIL and NARA_HUB_PASSWORD, like the browser host', async () => {
    vi.stubEnv('NARA_HUB_URL', 'http://127.0.0.1:5299');
    vi.stubEnv('NARA_HUB_EMAIL', 'karin@example.org');
    vi.stubEnv('NARA_HUB_PASSWORD', 'hemligt');
    await launch();
    expect(fake.openCore).toHaveBeenCalledWith(
      expect.objectContaining({
        hub: { url: 'http://127.0.0.1:5299', email: 'karin@example.org', password: 'hemligt' },
      }),
    );
  });

  it('dispatches requests from the app window and refuses foreign frames', async () => {
    await launch();
    const handle = requestHandler();
    const envelope = { id: 1, method: 'workspace.info', args: {} };
    expect(await handle({ senderFrame: { url: 'app://nara/index.html' } }, envelope)).toEqual({
      id: 1,
      ok: true,
      value: 'pong',
    });
    expect(await handle({ senderFrame: { url: 'https://evil.example/' } }, envelope)).toMatchObject({
      id: null,
      ok: false,
      error: { code: 'unauthorized' },
    });
    expect(fake.core.dispatch).toHaveBeenCalledOnce();
  });

  it('forwards core pushes to the window', async () => {
    await launch();
    const push: PushEnvelope = { event: 'cases.invalidated', payload: {} };
    fake.push(push);
    expect(window().webContents.send).toHaveBeenCalledWith('nara:push', push);
  });

  it('guards every web contents created: foreign navigation refused, web links opened outside', async () => {
    await launch();
    const contents = new fake.FakeWebContents();
    fake.app.emit('web-contents-created', {}, contents);
    const event = { url: 'https://example.com/help', preventDefault: vi.fn() };
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(fake.shell.openExternal).toHaveBeenCalledWith('https://example.com/help');
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
  });

  it('loads the dev server when electron-vite dev names one, and accepts requests from it', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    await launch();
    expect(window().loadURL).toHaveBeenCalledWith('http://localhost:5173');
    const reply = await requestHandler()(
      { senderFrame: { url: 'http://localhost:5173/' } },
      { id: 2, method: 'm' },
    );
    expect(reply.ok).toBe(true);
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app', async () => {
    fake.app.isPackaged = true;
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://attacker.example:8080');
    await launch();
    expect(window().loadURL).toHaveBeenCalledWith('app://nara/index.html');
    const reply = await requestHandler()(
      { senderFrame: { url: 'http://attacker.example:8080/' } },
      { id: 3, method: 'm' },
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('explains and exits when the Electron build of better-sqlite3 is missing', async () => {
    rmSync(join(appPath, '.native'), { recursive: true, force: true });
    await launch();
    expect(fake.openCore).not.toHaveBeenCalled();
    expect(fake.dialog.showErrorBox).toHaveBeenCalledWith(
      'Nära could not start',
      expect.stringContaining('npm start'),
    );
    expect(fake.app.exit).toHaveBeenCalledWith(1);
  });

  it('closes the store when the app quits', async () => {
    await launch();
    fake.app.emit('will-quit');
    expect(fake.core.close).toHaveBeenCalled();
    expect(fake.ipcMain.removeHandler).toHaveBeenCalledWith('nara:request');
  });
});
