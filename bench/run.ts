// `npm run bench` (full: 100,000 cases, ~1M events) and `npm run bench:quick` (10,000 cases, for CI).
// Measures the desk as it is on disk, writes bench/results/latest.{json,md} (quick: quick.{json,md}) and prints
// the table. Exits 0 whenever the result file was written, whatever the timings; 1 on a crash.
//   --only core|browser|hub   measure one group and print it (result files are left alone)
//   --profile                 CPU profiles of each measurement into bench/.cache/profiles (no result files)
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runBrowserPhase, browserMetrics } from './browserPhase';
import { metrics as catalog, notApplicable, type MetricDef } from './catalog';
import { runCorePhase } from './corePhase';
import { hubMetrics, runHubPhase } from './hubPhase';
import { ensureDataset } from './dataset';
import { fullMode, quickMode } from './modes';
import { REPO_ROOT, RESULTS_DIR, resultFiles } from './paths';
import { PROFILE_DIR, profiler } from './profile';
import { describeMachine, loadNow, markdownReport } from './report';
import { BenchResults, type MetricResult } from './resultSchema';

const groups = ['core', 'browser', 'hub'] as const;
type Group = (typeof groups)[number];

const coreMetrics: readonly MetricDef[] = Object.values(catalog).filter((m) => m.group === 'core');

function parseCli(argv: string[]): { quick: boolean; profile: boolean; only: Group | null } {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      only: { type: 'string' },
    },
  });
  const only = values.only ?? null;
  if (only !== null && !groups.includes(only as Group)) {
    throw new Error(`--only must be one of ${groups.join(', ')}, got "${only}"`);
  }
  return { quick: values.quick ?? false, profile: values.profile ?? false, only: only as Group | null };
}

const log = (line: string): void => console.log(`[bench] ${line}`);

async function writeAtomically(file: string, text: string): Promise<void> {
  await writeFile(`${file}.tmp`, text);
  await rename(`${file}.tmp`, file);
}

async function main(): Promise<void> {
  const { quick, profile, only } = parseCli(process.argv.slice(2));
  profiler.enabled = profile;
  const mode = quick ? quickMode : fullMode;
  // The project's Vite configs resolve their paths from the working directory.
  process.chdir(REPO_ROOT);
  const startedAt = new Date();
  const loadAtStart = loadNow();
  const wanted = (group: Group) => only === null || only === group;
  const skipped = (defs: readonly MetricDef[]) =>
    defs.map((m) => notApplicable(m, `not run (--only ${only})`));

  const tempRoot = await mkdtemp(join(tmpdir(), 'nara-bench-'));
  const removeTemp = () => rm(tempRoot, { recursive: true, force: true });
  process.once('SIGINT', () => {
    void removeTemp().finally(() => process.exit(130));
  });
  try {
    log(
      `${mode.name} run: ${mode.dataset.cases} cases, ~${mode.dataset.cases * mode.dataset.eventsPerCase} events`,
    );
    const big = await ensureDataset(mode.dataset, log);
    const small = await ensureDataset(mode.smallDataset, log);

    const results: MetricResult[] = [];
    results.push(...(wanted('core') ? await runCorePhase(mode, big, tempRoot, log) : skipped(coreMetrics)));
    let chromium: string | null = null;
    if (wanted('browser')) {
      const browser = await runBrowserPhase(mode, big, small, tempRoot, log);
      results.push(...browser.metrics);
      chromium = browser.chromium;
    } else {
      results.push(...skipped(browserMetrics));
    }
    results.push(...(wanted('hub') ? await runHubPhase(mode, big, tempRoot, log) : skipped(hubMetrics)));

    const finishedAt = new Date();
    const file = BenchResults.parse({
      schemaVersion: 1,
      mode: mode.name,
      startedAt: startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      durationMs: finishedAt.getTime() - startedAt.getTime(),
      machine: describeMachine(chromium, loadAtStart),
      dataset: {
        key: big.meta.key,
        seed: big.meta.recipe.seed,
        people: big.meta.people,
        cases: big.meta.cases,
        events: big.meta.events,
        reused: big.reused,
        buildMs: big.meta.buildMs,
      },
      metrics: results,
    });
    const report = markdownReport(file);
    console.log(`\n${report}`);
    if (profile) {
      // Profiling slows everything and the renderer is built unminified: these timings are not results.
      const summary = await profiler.writeSummary();
      if (summary) console.log(summary);
      log(`profiles in ${PROFILE_DIR}; result files left as they were (a profiled run is not a measurement)`);
      return;
    }
    if (only !== null) {
      log('result files left as they were: a partial run (--only) must not replace a whole one');
      return;
    }
    const out = resultFiles(mode.name);
    await mkdir(RESULTS_DIR, { recursive: true });
    await writeAtomically(out.json, `${JSON.stringify(file, null, 2)}\n`);
    await writeAtomically(out.md, report);
    log(`wrote ${out.json} and ${out.md}`);
  } finally {
    await removeTemp();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('[bench] crashed:', error);
    process.exit(1);
  },
);
