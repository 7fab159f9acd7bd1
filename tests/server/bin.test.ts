// The hub as a program: what an operator or a script sees running `npm run hub` and its admin commands.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Session } from '../../src/shared/sync';

const BIN = fileURLToPath(new URL('../../src/server/bin.ts', import.meta.url));
let workDir: string;
const children: ChildProcess[] = [];

/** Without DATABASE_URL, so the program runs on PGlite in a folder of its own. */
function env(dataDir: string): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  return { ...rest, NARA_HUB_PORT: '0', NARA_HUB_HOST: '127.0.0.1', NARA_HUB_DATA: dataDir };
}

function run(
  args: string[],
  dataDir: string,
  stdin = '',
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', BIN, ...args], { env: env(dataDir) });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdin.end(stdin);
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

function serve(dataDir: string): Promise<{ child: ChildProcess; url: string; exit: Promise<number | null> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', BIN], {
    env: env(dataDir),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  child.stderr.resume();
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', (url) => resolve({ child, url, exit }));
    void exit.then((code) => reject(new Error(`the hub exited with ${code} before printing its URL`)));
  });
}

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'nara-hub-bin-'));
});
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('npm run hub', () => {
  it('creates a team and an agent who logs in to the hub it then serves on PGlite', async () => {
    const dataDir = join(workDir, 'hub');
    const team = await run(['admin', 'create-team', '--name', 'Energi och nät'], dataDir);
    expect(team.code).toBe(0);
    expect(JSON.parse(team.stdout)).toMatchObject({ team: { name: 'Energi och nät' } });
    const agent = await run(
      [
        'admin',
        'create-agent',
        '--email',
        'sigrid@kundservice.example',
        '--name',
        'Sigrid Haugland',
        '--team',
        'Energi och nät',
        '--password-stdin',
      ],
      dataDir,
      'ett långt lösenord\n',
    );
    expect(agent.code).toBe(0);

    const hub = await serve(dataDir);
    expect(hub.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await (await fetch(`${hub.url}/health`)).json()).toEqual({
      ok: true,
      protocol: 1,
      storage: 'pglite',
    });
    const login = await fetch(`${hub.url}/auth/login`, {
      method: 'POST',
      body: JSON.stringify({ email: 'sigrid@kundservice.example', password: 'ett långt lösenord' }),
    });
    expect(Session.parse(await login.json()).agent.name).toBe('Sigrid Haugland');

    const busy = await run(['admin', 'create-team', '--name', 'Till'], dataDir);
    expect(busy.code).toBe(1);
    expect(busy.stderr).toContain('stop it first');
    hub.child.kill('SIGTERM');
    expect(await hub.exit).toBe(0);
  });

  it('explains a wrong admin command instead of failing obscurely', async () => {
    const dataDir = join(workDir, 'usage');
    const unknown = await run(['admin', 'create-tem', '--name', 'X'], dataDir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown admin command "create-tem"');
    const missing = await run(['admin', 'create-agent', '--email', 'a@b.example'], dataDir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--name is required');
    // A mistyped command never touches (or creates) the hub's data folder.
    expect(existsSync(dataDir)).toBe(false);
  });
});
