import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronNativeBindingPath } from '../../src/main/nativeBinding';

describe('where main looks for better-sqlite3 built for Electron', () => {
  it('is the .native folder scripts/native.mjs fills, one folder per Electron version, platform and CPU', () => {
    expect(electronNativeBindingPath('/opt/nara', '45.4.1', 'linux', 'x64')).toBe(
      join('/opt/nara', '.native', 'electron-45.4.1-linux-x64', 'better_sqlite3.node'),
    );
    expect(electronNativeBindingPath('/opt/nara', '46.0.0', 'darwin', 'arm64')).toBe(
      join('/opt/nara', '.native', 'electron-46.0.0-darwin-arm64', 'better_sqlite3.node'),
    );
  });
});
