import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PreferencesPort } from '../../src/core/ports';
import { createMainWindow } from '../../src/main/mainWindow';
import type { Preferences, PreferencesPatch } from '../../src/shared/domain';
import { defaultPreferences } from '../../src/shared/domain';

const fake = vi.hoisted(() => {
  class FakeWindow {
    static last: FakeWindow | null = null;
    listeners = new Map<string, () => void>();
    loadURL = vi.fn(async () => undefined);
    show = vi.fn();
    maximize = vi.fn();
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 100, y: 80, width: 1100, height: 720 });
    constructor(readonly options: Record<string, unknown> & { webPreferences: Record<string, unknown> }) {
      FakeWindow.last = this;
    }
    on(event: string, listener: () => void) {
      this.listeners.set(event, listener);
      return this;
    }
    once(event: string, listener: () => void) {
      return this.on(event, listener);
    }
    emit(event: string) {
      this.listeners.get(event)?.();
    }
  }
  return { FakeWindow };
});

vi.mock('electron', () => ({ BrowserWindow: fake.FakeWindow }));

function memoryPrefs(initial: Partial<Preferences> = {}): PreferencesPort & { patches: PreferencesPatch[] } {
  let current: Preferences = { ...defaultPreferences, ...initial };
  const patches: PreferencesPatch[] = [];
  return {
    patches,
    get: () => current,
    set(patch) {
      patches.push(patch);
      current = { ...current, ...patch } as Preferences;
      return current;
    },
  };
}

const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
const screenOf = (width: number, height: number) => () => [{ x: 0, y: 0, width, height }];

function open(prefs: PreferencesPort, entryUrl = 'app://nara/index.html') {
  createMainWindow({
    preloadPath: '/app/out/preload/index.cjs',
    entryUrl,
    prefs,
    workAreas: screenOf(1920, 1080),
    logger,
  });
  return fake.FakeWindow.last!;
}

describe('the desk window', () => {
  beforeEach(() => {
    fake.FakeWindow.last = null;
  });

  it('isolates the renderer: context isolation, sandbox, no Node in page, workers or frames', () => {
    const prefs = open(memoryPrefs()).options.webPreferences;
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and refuses insecure content, experimental features, <webview> and middle-click windows', () => {
    const prefs = open(memoryPrefs()).options.webPreferences;
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
    expect(prefs.enableBlinkFeatures).toBeUndefined();
  });

  it('loads only the given preload script and the given entry page', () => {
    const win = open(memoryPrefs(), 'app://nara/index.html');
    expect(win.options.webPreferences.preload).toBe('/app/out/preload/index.cjs');
    expect(win.loadURL).toHaveBeenCalledWith('app://nara/index.html');
  });

  it('stays hidden until painted, then shows, maximized if it was', () => {
    const win = open(
      memoryPrefs({ windowBounds: { x: 10, y: 10, width: 1000, height: 700, maximized: true } }),
    );
    expect(win.options.show).toBe(false);
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.maximize).toHaveBeenCalled();
    expect(win.show).toHaveBeenCalled();
  });

  it('opens where it was left and saves where it is when closed', () => {
    const prefs = memoryPrefs({ windowBounds: { x: 50, y: 40, width: 1000, height: 700, maximized: false } });
    const win = open(prefs);
    expect(win.options).toMatchObject({ x: 50, y: 40, width: 1000, height: 700 });
    win.emit('close');
    expect(prefs.patches).toEqual([
      { windowBounds: { x: 100, y: 80, width: 1100, height: 720, maximized: false } },
    ]);
  });

  it('keeps closing even when the position cannot be saved', () => {
    const prefs = memoryPrefs();
    prefs.set = () => {
      throw new Error('disk full');
    };
    const win = open(prefs);
    expect(() => win.emit('close')).not.toThrow();
    expect(logger.warn).toHaveBeenCalled();
  });
});
