import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium, serveFixtures, startHost, type RunningHost, type StaticSite } from './browser';
import { buildAll } from './build';
import { failed, metrics, type MetricDef } from './catalog';
import { copyStore, type Dataset } from './dataset';
import { guarded } from './guard';
import { measureCaseOpen, pickCaseTargets } from './metrics/caseOpen';
import { measureDomSize } from './metrics/domSize';
import { measureEditorTyping } from './metrics/editorTyping';
import { measureHeap } from './metrics/heap';
import { measureKeyNav } from './metrics/keyNav';
import { measurePageLoad } from './metrics/pageLoad';
import { measureSearchTyping } from './metrics/searchTyping';
import type { Mode } from './modes';
import { profiler } from './profile';
import type { MetricResult } from './resultSchema';
import { errorText } from './timeout';

export const browserMetrics: readonly MetricDef[] = [
  metrics.pageLoad,
  metrics.keyFrame,
  metrics.longTasks,
  metrics.domNodes,
  metrics.caseFifty,
  metrics.caseLong,
  metrics.searchTyping,
  metrics.heap,
  metrics.editorTyping,
];

export interface BrowserPhaseResult {
  metrics: MetricResult[];
  chromium: string | null;
}

/**
 * Builds the renderer and the host as they are on disk, starts the host on a copy of the reference store
 * (and one on the small desk), and measures in Chromium. If the build, the browser or a host cannot start,
 * every browser metric fails with that reason; a metric that fails alone does not stop the others.
 */
export async function runBrowserPhase(
  mode: Mode,
  big: Dataset,
  small: Dataset,
  tempRoot: string,
  log: (line: string) => void,
): Promise<BrowserPhaseResult> {
  const started: { hosts: RunningHost[]; browser?: Browser; site?: StaticSite } = { hosts: [] };
  let stage = 'building the renderer and the host';
  try {
    log(stage);
    const builds = await buildAll(profiler.enabled);
    if (profiler.enabled) await profiler.useRenderer(builds.rendererDir);
    stage = 'starting Chromium';
    const browser = await launchChromium();
    started.browser = browser;
    const chromium = browser.version();
    started.site = await serveFixtures(builds.fixturesDir);
    const helloUrl = `${started.site.url}/hello/index.html`;
    const editorUrl = `${started.site.url}/editor/index.html`;
    stage = 'starting the browser host on the reference desk';
    const deskDir = join(tempRoot, 'desk');
    await copyStore(big, deskDir);
    const desk = await startHost(builds.hostBin, deskDir, builds.rendererDir);
    started.hosts.push(desk);
    stage = 'starting the browser host on the small desk';
    const smallDir = join(tempRoot, 'small');
    await copyStore(small, smallDir);
    const smallDesk = await startHost(builds.hostBin, smallDir, builds.rendererDir);
    started.hosts.push(smallDesk);

    const results: MetricResult[] = [];
    const run = (defs: MetricDef[], ms: number, work: () => Promise<MetricResult[]>) =>
      guarded(defs, ms, work, log).then((r) => results.push(...r));

    await run([metrics.pageLoad], 300_000, async () => [
      await measurePageLoad(browser, desk.url, helloUrl, mode.loadReps, builds.jsKb),
    ]);
    let elements: Record<string, number> | null = null;
    await run([metrics.keyFrame, metrics.longTasks], 180_000, async () => {
      const keyNav = await measureKeyNav(browser, desk.url, helloUrl, mode.keyPresses);
      elements = keyNav.elements;
      return keyNav.metrics;
    });
    await run([metrics.domNodes], 120_000, async () => {
      if (elements === null) return [failed(metrics.domNodes, 'the j/k run that counts the big desk failed')];
      return [await measureDomSize(browser, { url: desk.url, elements }, smallDesk.url, mode.keyPresses)];
    });
    await run([metrics.caseFifty, metrics.caseLong], 300_000, () =>
      measureCaseOpen(
        browser,
        desk.url,
        pickCaseTargets(big.storeFile, big.meta.showcase.longCaseId),
        mode.caseOpens,
      ),
    );
    await run([metrics.searchTyping], 180_000, async () => [
      await measureSearchTyping(browser, desk.url, mode.searchKeys),
    ]);
    await run([metrics.heap], 1_200_000, async () => [
      await measureHeap(browser, desk.url, mode.heapCycles, mode.heapBaselineCycles),
    ]);
    await run([metrics.editorTyping], 300_000, async () => [
      await measureEditorTyping(browser, desk.url, editorUrl, mode.editorKeys),
    ]);
    return { metrics: results, chromium };
  } catch (error) {
    const hostLog = started.hosts
      .map((h) => h.log())
      .join('\n')
      .trim()
      .split('\n')
      .slice(-5)
      .join(' | ');
    const reason = `${stage} failed: ${errorText(error)}${hostLog ? ` (host log: ${hostLog})` : ''}`;
    log(reason);
    return {
      metrics: browserMetrics.map((m) => failed(m, reason)),
      chromium: started.browser?.version() ?? null,
    };
  } finally {
    for (const host of started.hosts) await host.stop();
    await started.site?.close();
    await started.browser?.close().catch(() => undefined);
  }
}
