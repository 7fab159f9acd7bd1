import { describe, expect, it } from 'vitest';
import { seedDemoWorkspace, WorkspaceNotEmptyError } from '../../../src/core/demo/seedDemoWorkspace';
import { openStore } from '../../../src/core/store/openStore';
import { dumpTables, NOW, seededStore } from './seededStore';

describe('seeding the demo workspace', () => {
  it('writes byte-identical rows for the same seed, size and now', async () => {
    const first = await seededStore(300, 7);
    const second = await seededStore(300, 7);
    expect(dumpTables(second.db)).toBe(dumpTables(first.db));
    expect(second.report.showcase).toEqual(first.report.showcase);
    first.db.close();
    second.db.close();
  });

  it('writes a different workspace for another seed', async () => {
    const seven = await seededStore(300, 7);
    const eight = await seededStore(300, 8);
    expect(dumpTables(eight.db)).not.toBe(dumpTables(seven.db));
    const names = (db: typeof seven.db): unknown[] =>
      db.prepare('SELECT name FROM people ORDER BY n').pluck().all();
    expect(names(eight.db)).not.toEqual(names(seven.db));
    seven.db.close();
    eight.db.close();
  });

  it('refuses a store that already holds a workspace and changes nothing', async () => {
    const { db } = await seededStore(100);
    const before = dumpTables(db);
    await expect(seedDemoWorkspace(db, { cases: 100, seed: 2, now: NOW })).rejects.toBeInstanceOf(
      WorkspaceNotEmptyError,
    );
    expect(dumpTables(db)).toBe(before);
    db.close();
  });

  it('refuses sizes and averages it cannot make, before writing anything', async () => {
    const db = openStore({ path: ':memory:' });
    await expect(seedDemoWorkspace(db, { cases: 10, seed: 1, now: NOW })).rejects.toThrow(/cases must be/);
    await expect(seedDemoWorkspace(db, { cases: 100, seed: -1, now: NOW })).rejects.toThrow(/seed must be/);
    await expect(seedDemoWorkspace(db, { cases: 100, seed: 1, now: NOW, eventsPerCase: 1 })).rejects.toThrow(
      /eventsPerCase must be/,
    );
    expect(db.prepare('SELECT count(*) FROM agents').pluck().get()).toBe(0);
    db.close();
  });

  it('reports progress up to the whole size and lets other work run between chunks', async () => {
    const db = openStore({ path: ':memory:' });
    const progress: number[] = [];
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    await seedDemoWorkspace(db, {
      cases: 2000,
      seed: 1,
      now: NOW,
      onProgress: (done) => progress.push(done),
    });
    clearInterval(timer);
    expect(progress[0]).toBe(0);
    expect(progress[progress.length - 1]).toBe(2000);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.length).toBeGreaterThan(2);
    expect(ticks).toBeGreaterThan(0);
    db.close();
  });

  it('writes 10,000 cases (the time is printed for the record, not asserted)', async () => {
    const { db, report } = await seededStore(10_000);
    console.info(
      `demo of 10,000 cases: ${report.ms} ms (${report.people} people, ${report.events} events, ${report.promises} promises)`,
    );
    expect(report.cases).toBe(10_000);
    db.close();
  });
});
