import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { STORE_FILE } from '../src/core/paths';
import { seedDemoWorkspace } from '../src/core/demo/seedDemoWorkspace';
import { openStore } from '../src/core/store/openStore';
import { CACHE_DIR, REPO_ROOT } from './paths';

/** What a dataset is made from; the same recipe and the same generator give the same rows. */
export interface DatasetRecipe {
  cases: number;
  seed: number;
  eventsPerCase: number;
}

/**
 * The demo's "today": the start of the current UTC day, so the desk is as a newcomer's is on first start
 * (snoozes end in the next days, promises fall due around now). A fixed date in the past would make the
 * scheduler wake every snoozed case when the host starts, and measure that. The dataset is rebuilt once a
 * day, and is byte-identical within it (the seeder's rows depend on this date).
 */
export function datasetNow(date: Date = new Date()): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/**
 * The sources whose change makes a new dataset: the generator, and the schema it writes into (a new
 * migration must not be measured as a one-off upgrade of an old cached store on every run).
 */
const GENERATOR_SOURCES = ['src/core/demo', 'src/core/store/migrations'];

export const DatasetMeta = z.object({
  key: z.string(),
  recipe: z.object({ cases: z.number(), seed: z.number(), eventsPerCase: z.number(), now: z.number() }),
  people: z.number(),
  cases: z.number(),
  events: z.number(),
  promises: z.number(),
  buildMs: z.number(),
  builtAt: z.string(),
  /** The cases the seeder always makes, for the case-open metrics. */
  showcase: z.object({ longCaseId: z.string(), fiftyEventCaseId: z.string() }),
});
export type DatasetMeta = z.infer<typeof DatasetMeta>;

export interface Dataset {
  dir: string;
  storeFile: string;
  meta: DatasetMeta;
  /** False when this run built it. */
  reused: boolean;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** A short hash of the generator's sources (paths and contents) and the recipe. */
export async function generatorKey(recipe: DatasetRecipe, now: number): Promise<string> {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ ...recipe, now }));
  for (const dir of GENERATOR_SOURCES) {
    for (const file of await filesUnder(join(REPO_ROOT, dir))) {
      hash.update(relative(REPO_ROOT, file));
      hash.update(await readFile(file));
    }
  }
  return hash.digest('hex').slice(0, 12);
}

const datasetDirName = (recipe: DatasetRecipe, key: string): string =>
  `dataset-${recipe.cases}c-seed${recipe.seed}-${key}`;

/** Built datasets of the same size and seed from older generator sources or days: they only take disk space. */
async function removeStale(recipe: DatasetRecipe, keep: string): Promise<void> {
  const prefix = `dataset-${recipe.cases}c-seed${recipe.seed}-`;
  for (const name of await readdir(CACHE_DIR)) {
    if (name.startsWith(prefix) && name !== keep)
      await rm(join(CACHE_DIR, name), { recursive: true, force: true });
  }
}

/**
 * The dataset for `recipe`, from bench/.cache when a build of the same generator is there, else built now
 * through the demo seeder (the same code the app runs on first start). It is written into a temporary folder
 * and renamed when whole, so an interrupted build is never mistaken for a finished one.
 */
export async function ensureDataset(recipe: DatasetRecipe, log: (line: string) => void): Promise<Dataset> {
  await mkdir(CACHE_DIR, { recursive: true });
  const now = datasetNow();
  const key = await generatorKey(recipe, now);
  const name = datasetDirName(recipe, key);
  const dir = join(CACHE_DIR, name);
  const metaFile = join(dir, 'meta.json');
  if (existsSync(metaFile)) {
    const meta = DatasetMeta.parse(JSON.parse(await readFile(metaFile, 'utf8')));
    return { dir, storeFile: join(dir, STORE_FILE), meta, reused: true };
  }

  await removeStale(recipe, name);
  const building = `${dir}.building-${process.pid}`;
  await rm(building, { recursive: true, force: true });
  await mkdir(building, { recursive: true });
  log(`building dataset ${name} (${recipe.cases} cases, ~${recipe.cases * recipe.eventsPerCase} events)`);
  const db = openStore({ path: join(building, STORE_FILE) });
  let meta: DatasetMeta;
  try {
    let shown = -1;
    const report = await seedDemoWorkspace(db, {
      cases: recipe.cases,
      seed: recipe.seed,
      now,
      eventsPerCase: recipe.eventsPerCase,
      onProgress(done, total) {
        const tenth = Math.floor((done / total) * 10);
        if (tenth !== shown) log(`  ${tenth * 10}%`);
        shown = tenth;
      },
    });
    // One self-contained file: a run copies nara.sqlite alone.
    db.pragma('wal_checkpoint(TRUNCATE)');
    meta = {
      key,
      recipe: { ...recipe, now },
      people: report.people,
      cases: report.cases,
      events: report.events,
      promises: report.promises,
      buildMs: report.ms,
      builtAt: new Date().toISOString(),
      showcase: report.showcase,
    };
  } finally {
    db.close();
  }
  await writeFile(join(building, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
  await rename(building, dir);
  log(`  built in ${(meta.buildMs / 1000).toFixed(1)} s: ${meta.events} events`);
  return { dir, storeFile: join(dir, STORE_FILE), meta, reused: false };
}

/** A private copy of the store in `dataDir`, so a run never changes the cached dataset. */
export async function copyStore(dataset: Dataset, dataDir: string): Promise<string> {
  await mkdir(dataDir, { recursive: true });
  const target = join(dataDir, STORE_FILE);
  await copyFile(dataset.storeFile, target);
  return target;
}
