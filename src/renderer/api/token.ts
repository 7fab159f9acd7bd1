/** Where the browser host's per-launch token is kept, so a reload of the tab still works. */
export const TOKEN_STORAGE_KEY = 'nara.token';

export interface TokenEnvironment {
  location: { href: string };
  history: { replaceState(data: unknown, unused: string, url: string): void; state: unknown };
  storage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
}

/**
 * Takes the access token from `?token=` in the page address (the host prints that link), then
 * removes it from the address bar so it is not bookmarked or shared, and keeps it for reloads.
 */
export function takeToken(env: TokenEnvironment): string | null {
  const url = new URL(env.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    env.storage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    url.searchParams.delete('token');
    env.history.replaceState(env.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return env.storage.getItem(TOKEN_STORAGE_KEY);
}

type PageLocation = { protocol: string; host: string };

function apiPath(token: string | null): string {
  return token === null ? '/api' : `/api?token=${encodeURIComponent(token)}`;
}

/** The API address on the same host as the page: ws:// for http, wss:// for https. */
export function apiSocketUrl(location: PageLocation, token: string | null): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}${apiPath(token)}`;
}

/** The same address over plain HTTP, where the host says whether it still accepts the token (401 if not). */
export function apiCheckUrl(location: PageLocation, token: string | null): string {
  return `${location.protocol}//${location.host}${apiPath(token)}`;
}
