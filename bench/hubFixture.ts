import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import pg from 'pg';
import type { Dataset } from './dataset';
import { BENCH_HUB_PASSWORD, seedHubFromDesk, type SeededHub } from './hubSeed';
import { CACHE_DIR, REPO_ROOT } from './paths';
import { openHubDb, type StorageChoice } from '../src/server/db/openHubDb';
import type { HubContext } from '../src/server/hubContext';

export type HubStorage = 'pglite' | 'postgres';

/** A hub database holding the reference data, private to this run, and the agent a desk signs in as. */
export interface HubFixture {
  storage: StorageChoice;
  seeded: SeededHub;
  password: string;
  /** Whether the seeded database came from the cache (else `seedMs` says how long seeding took). */
  reused: boolean;
  seedMs: number;
  dispose(): Promise<void>;
}

/** What makes a seeded hub different: the dataset, the slice, the hub schema and the import code. */
const SEED_SOURCES = ['src/server/db/migrations', 'src/server/sync/importRows.ts', 'bench/hubSeed.ts'];

async function seedKey(dataset: Dataset, cases: number): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`${dataset.meta.key}:${cases}`);
  for (const source of SEED_SOURCES) {
    const path = join(REPO_ROOT, source);
    const files = source.endsWith('.ts')
      ? [path]
      : (await readdir(path, { recursive: true, withFileTypes: true }))
          .filter((e) => e.isFile())
          .map((e) => join(e.parentPath, e.name))
          .sort();
    for (const file of files) {
      hash.update(relative(REPO_ROOT, file));
      hash.update(await readFile(file));
    }
  }
  return hash.digest('hex').slice(0, 12);
}

const quietHub =
  (storage: StorageChoice) => async (): Promise<{ hub: HubContext; close(): Promise<void> }> => {
    const db = await openHubDb(storage);
    const hub: HubContext = {
      db,
      now: Date.now,
      changeChannel: 'nara_bench_seed',
      sessionTtlMs: 3600_000,
      log: (message) => console.error(`[hub] ${message}`),
    };
    return { hub, close: () => db.close() };
  };

async function seedInto(storage: StorageChoice, dataset: Dataset, cases: number): Promise<SeededHub> {
  const { hub, close } = await quietHub(storage)();
  try {
    return await seedHubFromDesk(hub, dataset.storeFile, cases);
  } finally {
    await close();
  }
}

/**
 * PGlite: the seeded data folder is cached in bench/.cache (built once per dataset and hub schema, renamed
 * into place when whole) and copied into `tempRoot` for the run, so pushes never change the cache.
 */
async function pgliteFixture(
  dataset: Dataset,
  cases: number,
  tempRoot: string,
  log: (line: string) => void,
): Promise<HubFixture> {
  const key = await seedKey(dataset, cases);
  const prefix = `hub-pglite-${cases}c-`;
  const cached = join(CACHE_DIR, `${prefix}${key}`);
  const metaFile = join(cached, 'seeded.json');
  let seedMs = 0;
  const reused = existsSync(metaFile);
  if (!reused) {
    for (const name of await readdir(CACHE_DIR)) {
      if (name.startsWith(prefix)) await rm(join(CACHE_DIR, name), { recursive: true, force: true });
    }
    const building = `${cached}.building-${process.pid}`;
    await mkdir(building, { recursive: true });
    log(`seeding a PGlite hub with ${cases} cases (cached in ${relative(REPO_ROOT, cached)})`);
    const start = performance.now();
    const seeded = await seedInto({ kind: 'pglite', dataDir: join(building, 'data') }, dataset, cases);
    seedMs = performance.now() - start;
    await writeFile(join(building, 'seeded.json'), JSON.stringify(seeded));
    await rename(building, cached);
  }
  const seeded = JSON.parse(await readFile(metaFile, 'utf8')) as SeededHub;
  const dataDir = join(tempRoot, 'hub-pglite');
  await mkdir(dataDir, { recursive: true });
  await cp(join(cached, 'data'), dataDir, { recursive: true });
  return {
    storage: { kind: 'pglite', dataDir },
    seeded,
    password: BENCH_HUB_PASSWORD,
    reused,
    seedMs,
    dispose: () => rm(dataDir, { recursive: true, force: true }),
  };
}

/** The same server's maintenance database, where databases are created and dropped. */
function adminUrl(url: string, database = 'postgres'): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function withAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl(url) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * PostgreSQL: the seeded database is kept on the server as a template (nara_bench_<slice>_<key>) and each
 * run works on a copy made with CREATE DATABASE … TEMPLATE (a file copy, seconds), dropped afterwards.
 */
async function postgresFixture(
  url: string,
  dataset: Dataset,
  cases: number,
  log: (line: string) => void,
): Promise<HubFixture> {
  const key = await seedKey(dataset, cases);
  const prefix = `nara_bench_${cases}c_`;
  const template = `${prefix}${key}`;
  const run = `nara_bench_run_${process.pid}`;
  let seedMs = 0;
  const existing = await withAdmin(url, async (admin) => {
    const { rows } = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 'nara_bench_%'`,
    );
    return rows.map((r) => r.datname);
  });
  const reused = existing.includes(template);
  if (!reused) {
    log(`seeding a PostgreSQL hub with ${cases} cases (kept as database ${template})`);
    const building = `nara_bench_building_${process.pid}`;
    await withAdmin(url, async (admin) => {
      for (const name of existing.filter((n) => n.startsWith(prefix) || n.startsWith('nara_bench_building_')))
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${building}"`);
    });
    const start = performance.now();
    const seeded = await seedInto(
      { kind: 'postgres', connectionString: adminUrl(url, building) },
      dataset,
      cases,
    );
    seedMs = performance.now() - start;
    await withAdmin(url, async (admin) => {
      await admin.query(
        `COMMENT ON DATABASE "${building}" IS '${JSON.stringify(seeded).replaceAll("'", "''")}'`,
      );
      await admin.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`);
    });
  }
  const seeded = await withAdmin(url, async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS "${run}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${run}" TEMPLATE "${template}"`);
    const { rows } = await admin.query<{ comment: string }>(
      `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
      [template],
    );
    return JSON.parse(rows[0]?.comment ?? 'null') as SeededHub;
  });
  return {
    storage: { kind: 'postgres', connectionString: adminUrl(url, run) },
    seeded,
    password: BENCH_HUB_PASSWORD,
    reused,
    seedMs,
    dispose: () =>
      withAdmin(url, (admin) => admin.query(`DROP DATABASE IF EXISTS "${run}" WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}

/** The PostgreSQL server the bench may use: NARA_TEST_DATABASE_URL (scripts/pg-test-cluster.sh) or null. */
export function benchPostgresUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  return env.NARA_TEST_DATABASE_URL || null;
}

/** A private, seeded hub database on `storage` with the first `cases` cases of the dataset. */
export async function openHubFixture(
  storage: HubStorage,
  dataset: Dataset,
  cases: number,
  tempRoot: string,
  log: (line: string) => void,
): Promise<HubFixture> {
  if (storage === 'pglite') return pgliteFixture(dataset, cases, tempRoot, log);
  const url = benchPostgresUrl();
  if (url === null) throw new Error('NARA_TEST_DATABASE_URL is not set');
  return postgresFixture(url, dataset, cases, log);
}
