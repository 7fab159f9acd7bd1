import { fileURLToPath } from 'node:url';
import { MAX_DEMO_CASES, MIN_DEMO_CASES } from '../core/demo/seedDemoWorkspace';
import { DEFAULT_DEMO } from '../core/openCore';
import { defaultDataDir } from '../core/paths';
import { hubCredentialsFromEnv } from '../core/sync/hubCredentialsFromEnv';

export const DEFAULT_PORT = 5199;

export interface WebConfig {
  port: number;
  dataDir: string;
  /** Demo made when the store is empty; false (NARA_DEMO_CASES=0) keeps an empty store. */
  demo: { cases: number; seed: number } | false;
  rendererDir: string;
  /** The hub the desk signs in to by itself (NARA_HUB_URL, NARA_HUB_EMAIL, NARA_HUB_PASSWORD), if any. */
  hub: { url: string; email: string; password: string } | undefined;
}

function integerFrom(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${raw}".`);
  }
  return value;
}

/** 0 keeps an empty store; any other size must be one the demo generator can make. */
function demoCasesFrom(env: NodeJS.ProcessEnv): number {
  const raw = env.NARA_DEMO_CASES?.trim();
  if (raw === undefined || raw === '') return DEFAULT_DEMO.cases;
  const value = Number(raw);
  if (value === 0 || (Number.isInteger(value) && value >= MIN_DEMO_CASES && value <= MAX_DEMO_CASES)) {
    return value;
  }
  throw new Error(
    `NARA_DEMO_CASES must be 0 (an empty desk) or a whole number from ${MIN_DEMO_CASES} to ${MAX_DEMO_CASES}, not "${raw}".`,
  );
}

/**
 * The host's settings from its environment. `binUrl` is the running bundle's import.meta.url: the
 * built renderer sits next to it (out/web/bin.js -> out/renderer), wherever the checkout lives.
 */
export function readWebConfig(env: NodeJS.ProcessEnv, binUrl: string): WebConfig {
  const cases = demoCasesFrom(env);
  const seed = integerFrom(env, 'NARA_DEMO_SEED', DEFAULT_DEMO.seed, 0, 2 ** 31 - 1);
  return {
    port: integerFrom(env, 'NARA_PORT', DEFAULT_PORT, 0, 65_535),
    dataDir: env.NARA_DATA_DIR?.trim() || defaultDataDir(env),
    demo: cases === 0 ? false : { cases, seed },
    rendererDir: env.NARA_RENDERER_DIR?.trim() || fileURLToPath(new URL('../renderer', binUrl)),
    hub: hubCredentialsFromEnv(env),
  };
}
