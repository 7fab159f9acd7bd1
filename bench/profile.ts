import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { CACHE_DIR } from './paths';

/**
 * `--profile`: CPU profiles of the measurements, to find what makes a slow metric slow. Each profile is
 * written to bench/.cache/profiles/<label>.cpuprofile (open it in Chrome DevTools) and summarized by source
 * file and by function, self time, in bench/.cache/profiles/summary.md.
 */
export const PROFILE_DIR = join(CACHE_DIR, 'profiles');

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

/** Which source file a line of a bundle came from: the unminified build marks each module with `// path`. */
export type SourceOf = (url: string, line: number) => string;

export function moduleMarkers(bundle: string): { line: number; path: string }[] {
  const markers: { line: number; path: string }[] = [];
  bundle.split('\n').forEach((text, line) => {
    const match = /^\/\/ (\S+\.(?:[cm]?js|tsx?|jsx))$/.exec(text);
    if (match) markers.push({ line, path: (match[1] as string).replace(/^\0/, '') });
  });
  return markers;
}

/** The module a bundle line belongs to (the last marker at or before it). */
export function moduleAt(markers: readonly { line: number; path: string }[], line: number): string | null {
  let lo = 0;
  let hi = markers.length - 1;
  let found: string | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const marker = markers[mid] as { line: number; path: string };
    if (marker.line <= line) {
      found = marker.path;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export interface ProfileSummary {
  label: string;
  totalMs: number;
  byFile: { file: string; selfMs: number; share: number }[];
  byFunction: { fn: string; file: string; selfMs: number; share: number }[];
  /** The project's own functions (src/) by total time, callees included: where to start fixing. */
  ownByTotal: { fn: string; file: string; totalMs: number; share: number }[];
}

/** Total (inclusive) time per src/ function: each sample counts once for every distinct own frame on its stack. */
function ownTotals(profile: CpuProfile, deltaOf: Map<number, number>, fileOf: (frame: CallFrame) => string) {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, { fn: string; file: string; us: number }>();
  for (const [id, us] of deltaOf) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (!frame) break;
      const file = fileOf(frame);
      if (!file.startsWith('src/')) continue;
      const key = `${frame.functionName}@${file}:${frame.lineNumber}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = totals.get(key) ?? { fn: frame.functionName || '(anonymous)', file, us: 0 };
      entry.us += us;
      totals.set(key, entry);
    }
  }
  return [...totals.values()].sort((a, b) => b.us - a.us);
}

/** Self time per source file and per function, largest first; idle and GC are kept as their own rows. */
export function summarizeProfile(
  label: string,
  profile: CpuProfile,
  sourceOf: SourceOf,
  top = 12,
): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (deltas[i] ?? 0)));
  const files = new Map<string, number>();
  const fns = new Map<string, { fn: string; file: string; us: number }>();
  let total = 0;
  const fileOf = (frame: CallFrame) =>
    frame.url === '' ? `(${frame.functionName || 'native'})` : sourceOf(frame.url, frame.lineNumber);
  for (const [id, us] of selfUs) {
    const frame = byId.get(id);
    if (!frame) continue;
    total += us;
    const file = fileOf(frame);
    files.set(file, (files.get(file) ?? 0) + us);
    const key = `${frame.functionName}@${file}:${frame.lineNumber}`;
    const entry = fns.get(key) ?? { fn: frame.functionName || '(anonymous)', file, us: 0 };
    entry.us += us;
    fns.set(key, entry);
  }
  const share = (us: number) => Math.round((us / Math.max(total, 1)) * 1000) / 10;
  return {
    label,
    totalMs: Math.round(total / 1000),
    byFile: [...files]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([file, us]) => ({ file, selfMs: Math.round(us / 1000), share: share(us) })),
    byFunction: [...fns.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, top)
      .map((f) => ({ fn: f.fn, file: f.file, selfMs: Math.round(f.us / 1000), share: share(f.us) })),
    ownByTotal: ownTotals(profile, selfUs, fileOf)
      .slice(0, top)
      .map((f) => ({ fn: f.fn, file: f.file, totalMs: Math.round(f.us / 1000), share: share(f.us) })),
  };
}

/** Pipes would break the table; regular expressions make very long "function" names. */
const cell = (text: string): string => {
  const flat = text.replaceAll('|', '\\|');
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
};

export function summaryMarkdown(summaries: readonly ProfileSummary[]): string {
  const sections = summaries.map((s) =>
    [
      `## ${s.label} (${s.totalMs} ms sampled)`,
      '',
      '| self time by file | ms | % |',
      '| --- | --- | --- |',
      ...s.byFile.map((f) => `| ${cell(f.file)} | ${f.selfMs} | ${f.share} |`),
      '',
      '| self time by function | file | ms | % |',
      '| --- | --- | --- | --- |',
      ...s.byFunction.map((f) => `| ${cell(f.fn)} | ${cell(f.file)} | ${f.selfMs} | ${f.share} |`),
      '',
      '| own code (src/), total time incl. callees | file | ms | % |',
      '| --- | --- | --- | --- |',
      ...s.ownByTotal.map((f) => `| ${cell(f.fn)} | ${cell(f.file)} | ${f.totalMs} | ${f.share} |`),
      '',
    ].join('\n'),
  );
  return [`# CPU profiles of the benchmark`, '', ...sections].join('\n');
}

async function save(label: string, profile: CpuProfile): Promise<void> {
  await mkdir(PROFILE_DIR, { recursive: true });
  await writeFile(join(PROFILE_DIR, `${label}.cpuprofile`), JSON.stringify(profile));
}

const nodeSource: SourceOf = (url) => url.replace(/^file:\/\/.*?\/(src|bench|node_modules)\//, '$1/');

/** Collects the profiles of one `--profile` run; a no-op in a normal run. */
class Profiler {
  enabled = false;
  readonly summaries: ProfileSummary[] = [];
  private bundles = new Map<string, { line: number; path: string }[]>();

  /** Reads the (unminified) renderer bundles, so profile lines map back to source files. */
  async useRenderer(rendererDir: string): Promise<void> {
    const assets = join(rendererDir, 'assets');
    for (const name of await readdir(assets)) {
      if (name.endsWith('.js'))
        this.bundles.set(name, moduleMarkers(await readFile(join(assets, name), 'utf8')));
    }
  }

  private readonly browserSource: SourceOf = (url, line) => {
    const name = url.split('/').pop() ?? url;
    const markers = this.bundles.get(name);
    return markers ? (moduleAt(markers, line) ?? name) : url;
  };

  /** Starts profiling the page's renderer; the returned function stops and records it under `label`. */
  async page(context: BrowserContext, page: Page): Promise<(label: string) => Promise<void>> {
    if (!this.enabled) return async () => undefined;
    const cdp: CDPSession = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('Profiler.start');
    return async (label) => {
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      await save(label, profile);
      this.summaries.push(summarizeProfile(label, profile, this.browserSource));
    };
  }

  /** Profiles this process (the in-process core) while `work` runs. */
  async node<T>(label: string, work: () => Promise<T>): Promise<T> {
    if (!this.enabled) return work();
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
    try {
      return await work();
    } finally {
      const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
      session.disconnect();
      await save(label, profile);
      this.summaries.push(summarizeProfile(label, profile, nodeSource));
    }
  }

  /** Writes summary.md and returns its text (null when nothing was profiled). */
  async writeSummary(): Promise<string | null> {
    if (this.summaries.length === 0) return null;
    const text = summaryMarkdown(this.summaries);
    await mkdir(PROFILE_DIR, { recursive: true });
    await writeFile(join(PROFILE_DIR, 'summary.md'), text);
    return text;
  }
}

export const profiler = new Profiler();
