// End-to-end tests: real Chromium against the browser host (`node out/web/bin.js`, built by `npm run build:web`).
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * The Chromium to drive: NARA_CHROMIUM, else the first system browser found. Undefined falls back to a browser
 * Playwright installed itself (developer laptops); CI machines never download one.
 */
function chromiumPath(): string | undefined {
  const fromEnv = process.env.NARA_CHROMIUM?.trim();
  if (fromEnv) return fromEnv;
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ].find((path) => existsSync(path));
}

export default defineConfig({
  testDir: 'tests/e2e',
  // One host and one browser at a time: tests restart hosts and compare screenshots.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/e2e-artifacts',
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Europe/Stockholm',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
