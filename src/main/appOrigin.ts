/** The privileged scheme the packaged renderer is served from (never file://, whose origin is shared by every file). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'nara';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * scheme://host[:port] of a URL, or null when it has none.
 * WHATWG `URL.origin` is "null" for non-special schemes such as app://, so it is built by hand.
 */
export function originOf(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!parsed.host) return null;
  return `${parsed.protocol}//${parsed.host}`;
}

/** The origins the renderer may run on: the app scheme, plus the electron-vite dev server when one is set. */
export function appOrigins(devServerUrl?: string): ReadonlySet<string> {
  const origins = new Set([APP_ORIGIN]);
  const devOrigin = originOf(devServerUrl);
  if (devOrigin) origins.add(devOrigin);
  return origins;
}

export function isAppUrl(url: string | null | undefined, origins: ReadonlySet<string>): boolean {
  const origin = originOf(url);
  return origin !== null && origins.has(origin);
}
