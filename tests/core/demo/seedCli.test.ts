import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseSeedArgs, UsageError } from '../../../src/core/demo/seedCliArgs';
import { getMeta } from '../../../src/core/store/meta';
import { openStore } from '../../../src/core/store/openStore';

const root = resolve(import.meta.dirname, '../../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const cli = join(root, 'src/core/demo/seedCli.ts');
const run = (...args: string[]) =>
  spawnSync(tsx, [cli, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

const folders: string[] = [];
const tempFolder = (): string => {
  const folder = mkdtempSync(join(tmpdir(), 'nara-seed-'));
  folders.push(folder);
  return folder;
};
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('npm run seed', () => {
  it('writes a demo into an empty data folder, then refuses to write over it', () => {
    const data = tempFolder();
    const first = run('--cases', '150', '--seed', '4', '--data', data, '--now', '2026-03-16T09:30:00Z');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('100% (150 of 150 cases)');
    expect(first.stdout).toMatch(/Done in [\d.]+ s: 30 people, 150 cases, \d+ events, \d+ promises\./);

    const db = openStore({ path: join(data, 'nara.sqlite') });
    expect(db.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(150);
    expect(getMeta(db, 'demo_seed')).toBe('4');
    db.close();

    const second = run('--cases', '150', '--data', data);
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('already holds a workspace');
    const after = openStore({ path: join(data, 'nara.sqlite') });
    expect(after.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(150);
    after.close();
  });

  it('explains bad flags and writes nothing', () => {
    const data = join(tempFolder(), 'never-made');
    const bad = run('--cases', 'lots', '--data', data);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--cases must be a whole number from 30 to 1000000, got "lots"');
    expect(bad.stderr).toContain('Usage: npm run seed');
    expect(existsSync(data)).toBe(false);
  });
});

describe('seed flags', () => {
  const defaults = { dataDir: '/data', now: 1_773_653_400_000 };

  it('fall back to a 2000-case demo, seed 1, five events per case, now', () => {
    expect(parseSeedArgs([], defaults)).toEqual({
      help: false,
      cases: 2000,
      seed: 1,
      dataDir: '/data',
      eventsPerCase: 5,
      now: defaults.now,
    });
  });

  it('read every flag', () => {
    const args = parseSeedArgs(
      [
        '--cases',
        '100000',
        '--seed',
        '9',
        '--data',
        '/tmp/x',
        '--events-per-case',
        '10',
        '--now',
        '2026-01-02T03:04:05Z',
      ],
      defaults,
    );
    expect(args).toMatchObject({ cases: 100_000, seed: 9, dataDir: '/tmp/x', eventsPerCase: 10 });
    expect(args.now).toBe(Date.UTC(2026, 0, 2, 3, 4, 5));
  });

  it.each([
    [['--cases', '12'], /--cases must be a whole number from 30/],
    [['--cases', '1e5'], /--cases must be a whole number/],
    [['--seed', '-3'], /--seed/],
    [['--events-per-case', '2'], /--events-per-case must be a number from 3 to 50/],
    [['--now', 'yesterday'], /--now must be/],
    [['--data', ''], /--data must name a folder/],
    [['--colour'], /Unknown option/],
    [['stray'], /positional/],
  ])('refuse %j', (argv, message) => {
    expect(() => parseSeedArgs(argv, defaults)).toThrow(UsageError);
    expect(() => parseSeedArgs(argv, defaults)).toThrow(message);
  });
});
