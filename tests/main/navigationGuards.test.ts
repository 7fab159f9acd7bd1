import { describe, expect, it, vi } from 'vitest';
import { appOrigins } from '../../src/main/appOrigin';
import type { GuardableContents } from '../../src/main/navigationGuards';
import { denyAllPermissions, guardWebContents, isSafeExternalUrl } from '../../src/main/navigationGuards';

type Listener = (event: { url?: string; preventDefault(): void }) => void;

/** A WebContents stand-in that lets the test fire the events Electron would. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  const contents = {
    on: (event: string, listener: Listener) => listeners.set(event, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
  } as unknown as GuardableContents;
  const fire = (name: string, url?: string): boolean => {
    const event = { url, preventDefault: vi.fn() };
    listeners.get(name)?.(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return {
    contents,
    /** True when the navigation was refused. */
    navigate: (url: string) => fire('will-navigate', url),
    redirect: (url: string) => fire('will-redirect', url),
    attachWebview: () => fire('will-attach-webview'),
    openWindow: (url: string) => openHandler?.({ url }),
  };
}

function guarded(devServerUrl?: string) {
  const fake = fakeContents();
  const openExternal = vi.fn();
  guardWebContents(fake.contents, { origins: appOrigins(devServerUrl), openExternal });
  return { ...fake, openExternal };
}

describe('navigation guards', () => {
  it('let the window move within the app', () => {
    const win = guarded();
    expect(win.navigate('app://nara/index.html')).toBe(false);
    expect(win.redirect('app://nara/index.html#/inbox')).toBe(false);
  });

  it('refuse leaving the app and hand web links to the system browser instead', () => {
    const win = guarded();
    expect(win.navigate('https://example.com/help')).toBe(true);
    expect(win.openExternal).toHaveBeenCalledWith('https://example.com/help');
  });

  it('refuse file:, javascript: and custom-scheme navigations without opening anything', () => {
    const win = guarded();
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://share/x',
      'app://evil/index.html',
    ]) {
      expect(win.navigate(url)).toBe(true);
    }
    expect(win.openExternal).not.toHaveBeenCalled();
  });

  it('refuse redirects out of the app without opening the target', () => {
    const win = guarded();
    expect(win.redirect('https://phish.example/login')).toBe(true);
    expect(win.openExternal).not.toHaveBeenCalled();
  });

  it('allow the dev server only when one is configured', () => {
    expect(guarded('http://localhost:5173').navigate('http://localhost:5173/')).toBe(false);
    expect(guarded().navigate('http://localhost:5173/')).toBe(true);
    expect(guarded('http://localhost:5173').navigate('http://localhost:5174/')).toBe(true);
  });

  it('deny every new window; a mailto or web link opens outside, anything else nowhere', () => {
    const win = guarded();
    expect(win.openWindow('mailto:anna@example.se')).toEqual({ action: 'deny' });
    expect(win.openWindow('https://example.com/')).toEqual({ action: 'deny' });
    expect(win.openWindow('file:///C:/Windows/System32/calc.exe')).toEqual({ action: 'deny' });
    expect(win.openWindow('app://nara/index.html')).toEqual({ action: 'deny' });
    expect(win.openExternal.mock.calls).toEqual([['mailto:anna@example.se'], ['https://example.com/']]);
  });

  it('refuse to attach <webview> guests', () => {
    expect(guarded().attachWebview()).toBe(true);
  });
});

describe('which links may leave the app', () => {
  it.each(['https://example.com/a?b=c', 'http://intranet.local/', 'mailto:kund@example.no?subject=Hej'])(
    'accepts %s',
    (url) => expect(isSafeExternalUrl(url)).toBe(true),
  );

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'ms-msdt:/id PCWDiagnostic',
    'vbscript:msgbox',
    'https://user:pass@example.com/',
    'not a url',
    `https://example.com/${'a'.repeat(3000)}`,
  ])('refuses %s', (url) => expect(isSafeExternalUrl(url)).toBe(false));
});

describe('permissions', () => {
  it('are refused when asked for and when checked', () => {
    let requestHandler:
      ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
    let checkHandler: (() => boolean) | null = null;
    denyAllPermissions({
      setPermissionRequestHandler: (handler) => {
        requestHandler = handler;
      },
      setPermissionCheckHandler: (handler) => {
        checkHandler = handler;
      },
    });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      requestHandler!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(checkHandler!()).toBe(false);
  });
});
