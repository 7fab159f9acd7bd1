import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultDataDir, STORE_FILE } from '../paths';
import { openStore, type Db } from '../store/openStore';
import { holdsWorkspace } from './holdsWorkspace';
import { parseSeedArgs, seedUsage, UsageError } from './seedCliArgs';
import { seedDemoWorkspace } from './seedDemoWorkspace';

/** `npm run seed -- --cases N --seed S --data DIR`: a demo workspace of any size, for tests and benchmarks. */
async function main(argv: readonly string[]): Promise<number> {
  let args;
  try {
    args = parseSeedArgs(argv, { dataDir: defaultDataDir(), now: Date.now() });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${seedUsage}`);
    return 2;
  }
  if (args.help) {
    console.log(seedUsage);
    return 0;
  }

  const file = join(resolve(args.dataDir), STORE_FILE);
  let db: Db;
  try {
    mkdirSync(resolve(args.dataDir), { recursive: true });
    db = openStore({ path: file });
  } catch (error) {
    console.error(`Cannot open ${file}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  try {
    if (holdsWorkspace(db)) {
      console.error(`${file} already holds a workspace. Nothing was changed; choose an empty --data folder.`);
      return 1;
    }
    console.log(`Writing a demo of ${args.cases} cases (seed ${args.seed}) into ${file}`);
    let shown = -1;
    const report = await seedDemoWorkspace(db, {
      cases: args.cases,
      seed: args.seed,
      now: args.now,
      eventsPerCase: args.eventsPerCase,
      onProgress: (done, total) => {
        const percent = Math.floor((done / total) * 10) * 10;
        if (percent === shown) return;
        shown = percent;
        console.log(`  ${percent}% (${done} of ${total} cases)`);
      },
    });
    console.log(
      `Done in ${(report.ms / 1000).toFixed(1)} s: ${report.people} people, ${report.cases} cases, ` +
        `${report.events} events, ${report.promises} promises.`,
    );
    console.log(
      `Long case: ${report.showcase.longCaseId}; 50-event case: ${report.showcase.fiftyEventCaseId}`,
    );
    return 0;
  } finally {
    db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
