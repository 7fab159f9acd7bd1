// CI, after `npm run bench:quick`: `tsx bench/check-results.ts --mode quick --max-age-minutes 30`.
// Fails (exit 1) on a missing or broken result file only; never on a timing.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resultFiles } from './paths';
import { checkResultFile } from './validateResults';

function main(): number {
  const { values } = parseArgs({
    options: {
      mode: { type: 'string', default: 'full' },
      file: { type: 'string' },
      'max-age-minutes': { type: 'string' },
    },
  });
  if (values.mode !== 'full' && values.mode !== 'quick') {
    console.error(`--mode must be full or quick, got "${values.mode}"`);
    return 2;
  }
  const maxAge = values['max-age-minutes'];
  if (maxAge !== undefined && !/^\d+$/.test(maxAge)) {
    console.error(`--max-age-minutes must be a whole number, got "${maxAge}"`);
    return 2;
  }
  const file = values.file ?? resultFiles(values.mode).json;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    console.error(`bench results: ${file} is missing; did the benchmark run crash?`);
    return 1;
  }
  const { problems, results } = checkResultFile(text, {
    mode: values.mode,
    ...(maxAge === undefined ? {} : { maxAgeMinutes: Number(maxAge) }),
  });
  if (problems.length > 0 || results === null) {
    console.error(`bench results: ${file} is not a sound result file:\n- ${problems.join('\n- ')}`);
    return 1;
  }
  const count = (pass: boolean | 'n/a') => results.metrics.filter((m) => m.pass === pass).length;
  console.log(
    `bench results: ${file} is sound: ${results.metrics.length} metrics, ${count(true)} pass, ${count(false)} miss ` +
      `their target, ${count('n/a')} not applicable (timings are reported, not enforced here)`,
  );
  return 0;
}

process.exitCode = main();
