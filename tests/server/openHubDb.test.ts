import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openHubDb } from '../../src/server/db/openHubDb';
import type { HubDb } from '../../src/server/db/port';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Columns of `teams` the planner has statistics for. */
async function statisticsOfTeams(db: HubDb): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM pg_stats WHERE tablename = 'teams'",
  );
  return row?.n ?? 0;
}

describe('an embedded (PGlite) hub', () => {
  it('gathers planner statistics when it starts, since nothing else does', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'nara-hub-stats-'));
    folders.push(dataDir);
    const first = await openHubDb({ kind: 'pglite', dataDir });
    await first.exec(
      "INSERT INTO teams(id, name) SELECT gen_random_uuid(), 'Team ' || i FROM generate_series(1, 200) i",
    );
    expect(await statisticsOfTeams(first)).toBe(0);
    await first.close();

    const again = await openHubDb({ kind: 'pglite', dataDir });
    try {
      expect(await statisticsOfTeams(again)).toBeGreaterThan(0);
    } finally {
      await again.close();
    }
  });
});
