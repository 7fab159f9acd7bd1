import { z } from 'zod';
import { metricIds } from './catalog';
import { BenchResults } from './resultSchema';

export interface ValidateOptions {
  /** The run mode the file must come from. */
  mode?: 'full' | 'quick';
  /** The file must have been finished this recently (a crashed run must not pass on an old file). */
  maxAgeMinutes?: number;
  now?: Date;
}

/**
 * What is wrong with a result file: its JSON, its shape, a metric missing or twice, a stale or wrong-mode run.
 * Empty when it is sound. Timings are never judged: a missed target is a result, not a broken file.
 */
export function checkResultFile(
  text: string,
  options: ValidateOptions = {},
): { problems: string[]; results: BenchResults | null } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      problems: [`not JSON: ${error instanceof Error ? error.message : String(error)}`],
      results: null,
    };
  }
  const parsed = BenchResults.safeParse(json);
  if (!parsed.success) return { problems: [z.prettifyError(parsed.error)], results: null };
  const results = parsed.data;
  const problems: string[] = [];
  const seen = new Map<string, number>();
  for (const m of results.metrics) seen.set(m.id, (seen.get(m.id) ?? 0) + 1);
  for (const id of metricIds) {
    const count = seen.get(id) ?? 0;
    if (count === 0) problems.push(`metric ${id} is missing`);
    if (count > 1) problems.push(`metric ${id} appears ${count} times`);
  }
  for (const id of seen.keys()) {
    if (!metricIds.includes(id)) problems.push(`unknown metric ${id}`);
  }
  if (options.mode && results.mode !== options.mode) {
    problems.push(`the file is from a ${results.mode} run, a ${options.mode} run was expected`);
  }
  if (options.maxAgeMinutes !== undefined) {
    const ageMinutes = ((options.now ?? new Date()).getTime() - Date.parse(results.finishedAt)) / 60_000;
    if (ageMinutes > options.maxAgeMinutes) {
      problems.push(
        `the run finished ${Math.round(ageMinutes)} minutes ago (more than ${options.maxAgeMinutes})`,
      );
    }
  }
  return { problems, results };
}
