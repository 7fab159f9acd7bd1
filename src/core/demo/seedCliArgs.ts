import { parseArgs } from 'node:util';
import { MAX_MEAN_EVENTS, MIN_MEAN_EVENTS } from './eventCounts';
import { MAX_DEMO_CASES, MIN_DEMO_CASES } from './seedDemoWorkspace';

export interface SeedCliArgs {
  help: boolean;
  cases: number;
  seed: number;
  dataDir: string;
  eventsPerCase: number;
  now: number;
}

/** Bad flags: the CLI prints the message and the usage, and changes nothing. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const seedUsage = `Usage: npm run seed -- [--cases N] [--seed S] [--data DIR] [--events-per-case E] [--now WHEN]

Writes a demo workspace into DIR/nara.sqlite. DIR must not hold a workspace yet.
  --cases N            cases to make, ${MIN_DEMO_CASES} to ${MAX_DEMO_CASES} (default 2000)
  --seed S             whole number; the same seed, size and --now give the same workspace (default 1)
  --data DIR           data folder (default: the desktop app's folder)
  --events-per-case E  average events per case, ${MIN_MEAN_EVENTS} to ${MAX_MEAN_EVENTS} (default 5)
  --now WHEN           the demo's "today", ISO 8601 or epoch ms (default: the current time)`;

function wholeNumber(flag: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw new UsageError(`--${flag} must be a whole number from ${min} to ${max}, got "${text}".`);
  }
  return value;
}

function instant(text: string): number {
  const value = /^\d+$/.test(text) ? Number(text) : Date.parse(text);
  if (!Number.isSafeInteger(value) || value < Date.UTC(2000, 0, 1)) {
    throw new UsageError(`--now must be an ISO 8601 date or epoch milliseconds after 2000, got "${text}".`);
  }
  return value;
}

export function parseSeedArgs(
  argv: readonly string[],
  defaults: { dataDir: string; now: number },
): SeedCliArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        help: { type: 'boolean', short: 'h' },
        cases: { type: 'string' },
        seed: { type: 'string' },
        data: { type: 'string' },
        'events-per-case': { type: 'string' },
        now: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const perCase = values['events-per-case'];
  const eventsPerCase = perCase === undefined ? 5 : Number(perCase);
  if (
    perCase !== undefined &&
    (!/^\d+(\.\d+)?$/.test(perCase) || eventsPerCase < MIN_MEAN_EVENTS || eventsPerCase > MAX_MEAN_EVENTS)
  ) {
    throw new UsageError(
      `--events-per-case must be a number from ${MIN_MEAN_EVENTS} to ${MAX_MEAN_EVENTS}, got "${perCase}".`,
    );
  }
  if (values.data !== undefined && values.data.trim() === '')
    throw new UsageError('--data must name a folder.');
  return {
    help: values.help ?? false,
    cases:
      values.cases === undefined ? 2000 : wholeNumber('cases', values.cases, MIN_DEMO_CASES, MAX_DEMO_CASES),
    seed: values.seed === undefined ? 1 : wholeNumber('seed', values.seed, 0, Number.MAX_SAFE_INTEGER),
    dataDir: values.data ?? defaults.dataDir,
    eventsPerCase,
    now: values.now === undefined ? defaults.now : instant(values.now),
  };
}
