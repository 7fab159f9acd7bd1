// The host as a program: what a script or the e2e fixture sees when it starts and stops it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiUrl, openApiSocket, tokenOf } from './wsClient';

const BIN = fileURLToPath(new URL('../../src/web/bin.ts', import.meta.url));
let workDir: string;
let rendererDir: string;
const children: ChildProcess[] = [];

interface Started {
  child: ChildProcess;
  firstLine: string;
  exit: Promise<number | null>;
}

/** Runs src/web/bin.ts through tsx (the same code the bundle holds) and reads its first stdout line. */
function startBin(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', BIN], {
    env: { ...process.env, NARA_PORT: '0', NARA_RENDERER_DIR: rendererDir, NARA_DEMO_CASES: '100', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  child.stderr.resume();
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', (firstLine) => resolve({ child, firstLine, exit }));
    void exit.then((code) => reject(new Error(`the host exited with ${code} before printing a line`)));
  });
}

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'nara-web-bin-'));
  rendererDir = join(workDir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Nära</title>');
});

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('node out/web/bin.js', () => {
  it('prints the loopback URL with a fresh token as its first line, serves it, and stops on SIGTERM', async () => {
    const dataDir = join(workDir, 'desk');
    const { child, firstLine, exit } = await startBin({ NARA_DATA_DIR: dataDir });
    expect(firstLine).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{32}$/);

    const page = await fetch(firstLine);
    expect(await page.text()).toContain('<title>Nära</title>');
    const socket = await openApiSocket(apiUrl(firstLine, tokenOf(firstLine)));
    expect(await socket.request('sync.status', {})).toMatchObject({ ok: true });
    expect(existsSync(join(dataDir, 'nara.sqlite'))).toBe(true);

    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });

  it('gives every launch its own token and reopens the same desk', async () => {
    const dataDir = join(workDir, 'reopened');
    const first = await startBin({ NARA_DATA_DIR: dataDir, NARA_DEMO_SEED: '3' });
    first.child.kill('SIGINT');
    expect(await first.exit).toBe(0);

    const second = await startBin({ NARA_DATA_DIR: dataDir, NARA_DEMO_SEED: '3' });
    expect(tokenOf(second.firstLine)).not.toBe(tokenOf(first.firstLine));
    const socket = await openApiSocket(apiUrl(second.firstLine, tokenOf(second.firstLine)));
    expect(await socket.request('workspace.info', {})).toMatchObject({ ok: true, value: { isDemo: true } });
    await socket.close();
    second.child.kill('SIGTERM');
    expect(await second.exit).toBe(0);
  });

  it('refuses to start with a malformed port, saying why on stderr', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', BIN], {
      env: { ...process.env, NARA_PORT: 'eighty', NARA_DATA_DIR: join(workDir, 'unused') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('NARA_PORT');
    expect(existsSync(join(workDir, 'unused'))).toBe(false);
  });
});
