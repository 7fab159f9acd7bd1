import { join } from 'node:path';
import { metrics } from './catalog';
import { openInProcessCore } from './coreHost';
import { copyStore, type Dataset } from './dataset';
import { guarded } from './guard';
import { measureBulk } from './metrics/bulk';
import { measureSearch } from './metrics/search';
import { measureTriage } from './metrics/triage';
import type { Mode } from './modes';
import { profiler } from './profile';
import type { MetricResult } from './resultSchema';

/** Core in this process on a private copy of the reference store: triage commands, search, bulk apply. */
export async function runCorePhase(
  mode: Mode,
  dataset: Dataset,
  tempRoot: string,
  log: (line: string) => void,
): Promise<MetricResult[]> {
  const results: MetricResult[] = [];
  const dataDir = join(tempRoot, 'core');
  const storeFile = await copyStore(dataset, dataDir);
  const inProcess = await openInProcessCore(dataDir);
  try {
    results.push(
      ...(await guarded(
        [metrics.triageAssign, metrics.triageResolve, metrics.triageNote],
        180_000,
        () => profiler.node('core-triage', () => measureTriage(inProcess, storeFile, mode.triageReps)),
        log,
      )),
    );
    results.push(
      ...(await guarded(
        [metrics.searchDb],
        300_000,
        async () => [
          await profiler.node('core-search', () => measureSearch(inProcess, storeFile, mode.searchRounds)),
        ],
        log,
      )),
    );
  } finally {
    inProcess.core.close();
  }
  results.push(
    ...(await guarded(
      [metrics.bulkRate, metrics.bulkEventLoop],
      600_000,
      () => profiler.node('core-bulk', () => measureBulk(dataset.storeFile, mode.bulkCases)),
      log,
    )),
  );
  return results;
}
