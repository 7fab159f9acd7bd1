import { fileURLToPath } from 'node:url';
import { defaultDataDir } from '../core/paths';

export const DEFAULT_PORT = 5199;
export const DEFAULT_DEMO = { cases: 2000, seed: 1 } as const;

export interface WebConfig {
  port: number;
  dataDir: string;
  /** Demo made when the store is empty; false (NARA_DEMO_CASES=0) keeps an empty store. */
  demo: { cases: number; seed: number } | false;
  rendererDir: string;
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

/**
 * The host's settings from its environment. `binUrl` is the running bundle's import.meta.url: the
 * built renderer sits next to it (out/web/bin.js -> out/renderer), wherever the checkout lives.
 */
export function readWebConfig(env: NodeJS.ProcessEnv, binUrl: string): WebConfig {
  const cases = integerFrom(env, 'NARA_DEMO_CASES', DEFAULT_DEMO.cases, 0, 1_000_000);
  const seed = integerFrom(env, 'NARA_DEMO_SEED', DEFAULT_DEMO.seed, 0, 2 ** 31 - 1);
  return {
    port: integerFrom(env, 'NARA_PORT', DEFAULT_PORT, 0, 65_535),
    dataDir: env.NARA_DATA_DIR?.trim() || defaultDataDir(env),
    demo: cases === 0 ? false : { cases, seed },
    rendererDir: env.NARA_RENDERER_DIR?.trim() || fileURLToPath(new URL('../renderer', binUrl)),
  };
}
