import { join } from 'node:path';
import rule from './nativeBinding.json';

/**
 * better_sqlite3.node built for this Electron, as scripts/native.mjs leaves it:
 * <appPath>/.native/electron-<version>-<platform>-<arch>/better_sqlite3.node (rule in nativeBinding.json).
 */
export function electronNativeBindingPath(
  appPath: string,
  electronVersion: string,
  platform: string = process.platform,
  arch: string = process.arch,
): string {
  const folder = rule.folder
    .replace('{electronVersion}', electronVersion)
    .replace('{platform}', platform)
    .replace('{arch}', arch);
  return join(appPath, rule.dir, folder, rule.file);
}
