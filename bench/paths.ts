import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout the harness measures, wherever it was cloned. */
export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BENCH_DIR = join(REPO_ROOT, 'bench');
/** Datasets and builds (git-ignored). */
export const CACHE_DIR = join(BENCH_DIR, '.cache');
export const RESULTS_DIR = join(BENCH_DIR, 'results');

/** The full run writes latest.{json,md} (committed, shown in README.md); a quick run writes quick.{json,md}. */
export function resultFiles(mode: 'full' | 'quick'): { json: string; md: string } {
  const base = mode === 'full' ? 'latest' : 'quick';
  return { json: join(RESULTS_DIR, `${base}.json`), md: join(RESULTS_DIR, `${base}.md`) };
}
