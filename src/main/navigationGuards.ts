import { isAppUrl } from './appOrigin';

const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
/** Longer than any real link an agent clicks; refuses payload-stuffed URLs before they reach the OS. */
const MAX_EXTERNAL_URL_LENGTH = 2048;

/** Only web and mail links may leave the app, and only well-formed ones without embedded credentials. */
export function isSafeExternalUrl(url: string): boolean {
  if (url.length > MAX_EXTERNAL_URL_LENGTH) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!EXTERNAL_PROTOCOLS.has(parsed.protocol)) return false;
  if (parsed.protocol === 'mailto:') return parsed.pathname.length > 0;
  return parsed.hostname.length > 0 && parsed.username === '' && parsed.password === '';
}

interface NavigationEvent {
  url: string;
  preventDefault(): void;
}

/** The part of WebContents the guards touch (a fake in tests). */
export interface GuardableContents {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface NavigationPolicy {
  origins: ReadonlySet<string>;
  /** shell.openExternal in the app. */
  openExternal(url: string): void;
}

/**
 * Every web contents stays on the app origin: other navigations, redirects, new windows and <webview>s are
 * refused; a web or mail link the agent follows opens in the system browser or mail client instead.
 */
export function guardWebContents(contents: GuardableContents, policy: NavigationPolicy): void {
  const handOut = (url: string): void => {
    if (isSafeExternalUrl(url)) policy.openExternal(url);
  };
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url, policy.origins)) return;
    event.preventDefault();
    handOut(event.url);
  });
  // A redirect is the server's choice, not the agent's: refuse it without opening anything.
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, policy.origins)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    handOut(url);
    return { action: 'deny' };
  });
}

/** The part of Session the permission policy touches. */
export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: () => boolean): void;
}

/** The desk needs no camera, microphone, geolocation, notifications prompt, HID, serial or anything else. */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
