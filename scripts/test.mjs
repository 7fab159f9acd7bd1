// `npm test`: every gate in order, then one summary line ("tests: N passed, M failed") that CI reads.
// A failing step does not stop the later ones, so one run shows everything that is wrong; the exit code is 1.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = 'test-results';
mkdirSync(results, { recursive: true });
for (const f of ['unit.json', 'unit-pg.json', 'e2e.json']) rmSync(`${results}/${f}`, { force: true });

const npx = (...args) => ['node_modules/.bin/' + args[0], args.slice(1)];
const steps = [
  ['native module for Node', 'node', ['scripts/native.mjs', 'node']],
  ['lint', ...npx('eslint', '.', '--max-warnings', '0')],
  ['typecheck (node side)', ...npx('tsc', '-p', 'tsconfig.node.json', '--noEmit')],
  ['typecheck (web side)', ...npx('tsc', '-p', 'tsconfig.web.json', '--noEmit')],
  [
    'unit and integration tests',
    ...npx('vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${results}/unit.json`),
  ],
  // The hub's suite again on a real PostgreSQL when one is given (.ci/run starts one: scripts/pg-test-cluster.sh).
  ...(process.env.NARA_TEST_DATABASE_URL
    ? [
        [
          'hub tests on PostgreSQL',
          ...npx(
            'vitest',
            'run',
            'tests/server',
            '--reporter=default',
            '--reporter=json',
            `--outputFile=${results}/unit-pg.json`,
          ),
          { DATABASE_URL: process.env.NARA_TEST_DATABASE_URL },
        ],
      ]
    : []),
  ['desktop build (out/main, out/preload, out/renderer)', ...npx('electron-vite', 'build')],
  ['security scan (electronegativity)', 'node', ['scripts/electronegativity.mjs']],
  ['browser host and hub build', 'sh', ['-c', 'npm run --silent build:web && npm run --silent build:hub']],
  ['end-to-end tests in Chromium', ...npx('playwright', 'test')],
  // Performance is measured, never asserted: this fails only on a crash or a missing or broken result file.
  ['benchmark, quick mode (10k cases)', 'npm', ['run', '--silent', 'bench:quick']],
  ['benchmark result file check', 'npm', ['run', '--silent', 'bench:check']],
];

const failed = [];
if (!process.env.NARA_TEST_DATABASE_URL) {
  console.log(
    '(hub tests on PostgreSQL skipped: set NARA_TEST_DATABASE_URL, e.g. from scripts/pg-test-cluster.sh start)',
  );
}
for (const [name, cmd, args, env = {}] of steps) {
  console.log(`\n━━ ${name}`);
  const run = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0', ...env } });
  if (run.status !== 0) failed.push(name);
  if (name.startsWith('desktop build')) {
    for (const dir of ['out/main', 'out/preload', 'out/renderer']) {
      if (!existsSync(dir)) failed.push(`${name}: ${dir} missing`);
    }
  }
}

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
const unit = read(`${results}/unit.json`);
const unitPg = read(`${results}/unit-pg.json`);
const e2e = read(`${results}/e2e.json`);
const passed = (unit?.numPassedTests ?? 0) + (unitPg?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0);
let failedTests =
  (unit?.numFailedTests ?? 0) +
  (unitPg?.numFailedTests ?? 0) +
  (e2e?.stats?.unexpected ?? 0) +
  (e2e?.stats?.flaky ?? 0);
if (!unit) failed.push('no unit test report');
if (process.env.NARA_TEST_DATABASE_URL && !unitPg) failed.push('no PostgreSQL hub test report');
if (!e2e) failed.push('no end-to-end test report');

console.log('');
if (failed.length > 0) console.log(`failed steps: ${failed.join('; ')}`);
// Steps that fail without failing a test (lint, types, builds) still count, so the summary never reads green.
if (failed.length > 0 && failedTests === 0) failedTests = failed.length;
console.log(`tests: ${passed} passed, ${failedTests} failed`);
process.exit(failed.length > 0 || failedTests > 0 ? 1 : 0);
