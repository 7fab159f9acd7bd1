import type { Sql } from '../db/port';

/** `K-2026-00042`: the hub numbers cases per year of opening; offline-made refs are provisional. */
export async function nextCaseRef(tx: Sql, at: number): Promise<string> {
  const year = new Date(at).getUTCFullYear();
  const [row] = await tx.query<{ last: number }>(
    `INSERT INTO case_ref_counters(year, last) VALUES ($1, 1)
     ON CONFLICT (year) DO UPDATE SET last = case_ref_counters.last + 1 RETURNING last`,
    [year],
  );
  return `K-${year}-${String(row?.last ?? 1).padStart(5, '0')}`;
}

/** A case ref quoted in a subject line ("Re: Elräkning [K-2026-00042]"). */
export function caseRefIn(text: string): string | null {
  return /\bK-\d{4}-\d{5,9}\b/.exec(text)?.[0] ?? null;
}
