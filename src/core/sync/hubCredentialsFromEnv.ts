import type { HubCredentials } from './deskSync';

/**
 * The hub a host signs in to by itself: NARA_HUB_URL, NARA_HUB_EMAIL and NARA_HUB_PASSWORD, all three or none
 * (half a sign-in is a mistake worth saying so at start). Read by both the browser host and the desktop app.
 */
export function hubCredentialsFromEnv(env: NodeJS.ProcessEnv): HubCredentials | undefined {
  const url = env.NARA_HUB_URL?.trim() ?? '';
  const email = env.NARA_HUB_EMAIL?.trim() ?? '';
  const password = env.NARA_HUB_PASSWORD ?? '';
  if (url === '' && email === '' && password === '') return undefined;
  const missing = [
    ['NARA_HUB_URL', url],
    ['NARA_HUB_EMAIL', email],
    ['NARA_HUB_PASSWORD', password],
  ].flatMap(([name, value]) => (value === '' ? [name] : []));
  if (missing.length > 0) throw new Error(`To sign in to a hub, also set ${missing.join(' and ')}.`);
  if (!/^https?:\/\/[^\s/]+/.test(url))
    throw new Error(`NARA_HUB_URL must be an http(s) address, not "${url}".`);
  return { url, email, password };
}
