import { describe, expect, it } from 'vitest';
import { datasetNow, generatorKey } from '../../bench/dataset';

describe('the cached reference dataset', () => {
  it('takes the start of the run’s UTC day as the demo’s today', () => {
    expect(datasetNow(new Date('2026-03-05T15:30:00Z'))).toBe(Date.UTC(2026, 2, 5));
    expect(datasetNow(new Date('2026-03-05T00:00:00Z'))).toBe(Date.UTC(2026, 2, 5));
  });

  it('is rebuilt for another size, seed or day, and reused for the same ones', async () => {
    const recipe = { cases: 10_000, seed: 1, eventsPerCase: 10 };
    const today = Date.UTC(2026, 2, 5);
    const key = await generatorKey(recipe, today);
    expect(await generatorKey(recipe, today)).toBe(key);
    expect(await generatorKey({ ...recipe, seed: 2 }, today)).not.toBe(key);
    expect(await generatorKey({ ...recipe, cases: 100_000 }, today)).not.toBe(key);
    expect(await generatorKey(recipe, today + 86_400_000)).not.toBe(key);
  });
});
