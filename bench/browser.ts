import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { serveStatic } from '../src/web/staticFiles';
import { BENCH_DIR } from './paths';
import { withTimeout } from './timeout';

/** The flags the end-to-end tests use: no GPU, no background traffic, nothing that varies from run to run. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string {
  const fromEnv = process.env.NARA_CHROMIUM?.trim();
  if (fromEnv) return fromEnv;
  const found = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) =>
    existsSync(p),
  );
  if (!found) throw new Error('no Chromium found: set NARA_CHROMIUM to its path');
  return found;
}

export async function launchChromium(): Promise<Browser> {
  return withTimeout(
    chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true }),
    60_000,
    'starting Chromium',
  );
}

const probeSource = readFileSync(join(BENCH_DIR, 'probe', 'probe.js'), 'utf8');

/** A fresh context (no cache, no storage) with the in-page probe installed before any script of the page. */
export async function newProbedPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Europe/Stockholm',
  });
  await context.addInitScript({ content: probeSource });
  const page = await context.newPage();
  return { context, page };
}

/** Calls the probe with a JavaScript expression (strings only: see probe.js). */
export async function probe<T>(page: Page, expression: string): Promise<T> {
  return (await page.evaluate(`window.__naraBench.${expression}`)) as T;
}

export interface RunningHost {
  url: string;
  pid: number;
  /** What the host wrote to stderr, for failure reports. */
  log(): string;
  stop(): Promise<void>;
}

/** Starts `node <web>/bin.js` on a free port over `dataDir` and resolves with the URL it prints first. */
export async function startHost(bin: string, dataDir: string, rendererDir: string): Promise<RunningHost> {
  const child = spawn(process.execPath, [bin], {
    env: {
      ...process.env,
      NARA_PORT: '0',
      NARA_DATA_DIR: dataDir,
      NARA_RENDERER_DIR: rendererDir,
      // The copied store holds a workspace; never let a mistake seed a demo over the measurement.
      NARA_DEMO_CASES: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    log = (log + chunk).slice(-20_000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(force);
  };

  const lines = createInterface({ input: child.stdout });
  try {
    const url = await withTimeout(
      new Promise<string>((resolve, reject) => {
        lines.once('line', resolve);
        child.once('exit', (code, signal) =>
          reject(
            new Error(`the host exited before printing its URL (code ${code}, signal ${signal}): ${log}`),
          ),
        );
        child.once('error', reject);
      }),
      120_000,
      'starting the browser host',
    );
    if (!/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+$/.test(url))
      throw new Error(`unexpected first line: ${url}`);
    lines.on('line', () => undefined);
    return { url, pid: child.pid as number, log: () => log, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export interface StaticSite {
  url: string;
  close(): Promise<void>;
}

/** Serves `root` the way the browser host serves the renderer (same file handler, same headers). */
export async function serveFixtures(root: string): Promise<StaticSite> {
  const server: Server = createServer((req, res) => {
    serveStatic(root, req, res).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
