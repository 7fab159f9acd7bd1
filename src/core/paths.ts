import { homedir } from 'node:os';
import { join } from 'node:path';

/** The store's file inside a data folder. */
export const STORE_FILE = 'nara.sqlite';

/**
 * The per-user data folder, shared by the desktop app and the browser host so both open the same desk.
 * Follows each platform's convention (the same place Electron's userData would be for an app named "Nara").
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Nara');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Nara');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Nara');
}
