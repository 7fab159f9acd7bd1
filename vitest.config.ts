import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/{shared,core,main,web,server,renderer,bench}/**/*.test.ts', 'tests/sync/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // electron-store is ESM that imports electron; inlining lets vi.mock('electron') reach it.
    server: { deps: { inline: ['electron-store'] } },
  },
});
