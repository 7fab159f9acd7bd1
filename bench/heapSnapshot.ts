import type { CDPSession } from 'playwright-core';

/** Count and bytes per `type:name` of a V8 heap snapshot (constructor names for objects). */
export type HeapCensus = Map<string, { count: number; bytes: number }>;

interface SnapshotJson {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

/** Adds up a heap snapshot (the DevTools format) by node type and name. */
export function censusOf(snapshot: SnapshotJson): HeapCensus {
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const census: HeapCensus = new Map();
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    const type = types[snapshot.nodes[i + typeAt] as number] ?? '?';
    const name = String(snapshot.strings[snapshot.nodes[i + nameAt] as number] ?? '').slice(0, 60);
    const key = `${type}:${name}`;
    const entry = census.get(key) ?? { count: 0, bytes: 0 };
    entry.count++;
    entry.bytes += snapshot.nodes[i + sizeAt] as number;
    census.set(key, entry);
  }
  return census;
}

export interface HeapGrowth {
  /** Growth of everything but compiled code (V8 keeps optimizing as a page is used: that is not a leak). */
  withoutCodeKb: number;
  codeKb: number;
  /** What grew most, by type:name, with how many more of them. */
  top: { what: string; count: number; kb: number }[];
}

const isCode = (key: string): boolean => key.startsWith('code:');

/** The census's bytes outside compiled code: the objects the page holds. */
export function objectBytes(census: HeapCensus): number {
  let bytes = 0;
  for (const [key, entry] of census) if (!isCode(key)) bytes += entry.bytes;
  return bytes;
}

export function heapGrowth(before: HeapCensus, after: HeapCensus, top = 6): HeapGrowth {
  let code = 0;
  let other = 0;
  const growth: { what: string; count: number; bytes: number }[] = [];
  for (const [key, now] of after) {
    const was = before.get(key) ?? { count: 0, bytes: 0 };
    const bytes = now.bytes - was.bytes;
    if (isCode(key)) code += bytes;
    else other += bytes;
    growth.push({ what: key, count: now.count - was.count, bytes });
  }
  for (const [key, was] of before) {
    if (after.has(key)) continue;
    if (isCode(key)) code -= was.bytes;
    else other -= was.bytes;
  }
  const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
  return {
    withoutCodeKb: kb(other),
    codeKb: kb(code),
    top: growth
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, top)
      .map((g) => ({ what: g.what, count: g.count, kb: kb(g.bytes) })),
  };
}

/** A heap snapshot of the page, after two full collections, as a census. */
export async function takeCensus(cdp: CDPSession): Promise<HeapCensus> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const onChunk = (event: { chunk: string }) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  return censusOf(JSON.parse(chunks.join('')) as SnapshotJson);
}
