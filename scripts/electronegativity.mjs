// Security scan of src/ with Doyensec's Electronegativity; exits 1 while any HIGH severity finding remains.
// Electronegativity itself exits 0 whatever it finds, so this script reads its CSV report and decides.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TOOL = '@doyensec/electronegativity@1.10.3';
const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'];
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * HIGH findings judged false positives: each names one check in one file and says why. Keep it empty
 * unless a finding is truly wrong; fix the code instead whenever the scanner can be shown the real setting.
 */
const acceptedFalsePositives = [];

/**
 * Electronegativity 1.10.3 writes the CSV header and the rows with two concurrent fs.writeFile calls
 * (the header one truncating), so the header can overwrite the first row or wipe the rows entirely.
 * This hook, loaded into the tool with --require, makes writes to our report path synchronous and so
 * in call order: header first, then rows.
 */
const serializeWritesHook = `
const fs = require('fs');
const report = process.env.NARA_ELECTRONEGATIVITY_CSV;
const writeFile = fs.writeFile;
fs.writeFile = function (file, data, options, callback) {
  if (file !== report) return writeFile.apply(this, arguments);
  const done = typeof options === 'function' ? options : callback;
  let error = null;
  try {
    fs.writeFileSync(file, data, typeof options === 'function' ? undefined : options);
  } catch (caught) {
    error = caught;
  }
  if (done) process.nextTick(done, error);
};
`;

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and newlines (the CSP samples do). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

function readFindings(csvPath) {
  const [header, ...rows] = parseCsv(readFileSync(csvPath, 'utf8')).filter((r) =>
    r.some((f) => f.trim() !== ''),
  );
  if (!header || header[0]?.trim() !== 'issue') throw new Error('the report has no header row');
  return rows.map((fields) => {
    const [check, severity, confidence, file, location, sample, description] = fields;
    // A row that does not look like a finding means a damaged report: fail closed rather than pass.
    if (fields.length !== 8 || !/^[A-Z0-9_]+$/.test(check ?? '') || !SEVERITIES.includes(severity)) {
      throw new Error(`the report has a row that is not a finding: ${JSON.stringify(fields).slice(0, 200)}`);
    }
    return { check, severity, confidence, file, location, sample, description };
  });
}

function runScan(csvPath, hookPath) {
  const electronVersion = JSON.parse(
    readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
  ).version;
  const nodeOptions = `${process.env.NODE_OPTIONS ?? ''} --require "${hookPath.replace(/\\/g, '/')}"`.trim();
  const result = spawnSync('npx', ['--yes', TOOL, '-i', 'src', '-r', '-e', electronVersion, '-o', csvPath], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NODE_OPTIONS: nodeOptions, NARA_ELECTRONEGATIVITY_CSV: csvPath },
    shell: process.platform === 'win32',
  });
  if (result.error) throw new Error(`could not start npx: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${TOOL} exited with ${result.status}`);
  if (!existsSync(csvPath)) throw new Error(`${TOOL} wrote no report`);
}

const short = (text) => (text && text.length > 160 ? `${text.slice(0, 157)}...` : text);

function main() {
  const workDir = mkdtempSync(join(tmpdir(), 'nara-electronegativity-'));
  try {
    const csvPath = join(workDir, 'electronegativity.csv');
    const hookPath = join(workDir, 'serialize-writes.cjs');
    writeFileSync(hookPath, serializeWritesHook);
    runScan(csvPath, hookPath);
    const findings = readFindings(csvPath);

    const counts = SEVERITIES.map((s) => `${findings.filter((f) => f.severity === s).length} ${s}`).join(
      ', ',
    );
    console.log(`electronegativity: ${findings.length} findings (${counts})`);
    for (const f of findings.filter((finding) => finding.severity !== 'HIGH')) {
      console.log(`  ${f.severity.padEnd(13)} ${f.check} ${f.file}:${f.location} ${short(f.description)}`);
    }

    const accepted = (f) => acceptedFalsePositives.some((a) => a.check === f.check && a.file === f.file);
    const high = findings.filter((f) => f.severity === 'HIGH');
    for (const f of high.filter(accepted))
      console.log(`  accepted HIGH ${f.check} ${f.file}:${f.location} (false positive)`);
    const remaining = high.filter((f) => !accepted(f));
    if (remaining.length === 0) {
      console.log('electronegativity: no HIGH severity findings remain.');
      return 0;
    }
    console.error(`electronegativity: ${remaining.length} HIGH severity finding(s):`);
    for (const f of remaining) {
      console.error(`  HIGH ${f.check} ${f.file}:${f.location} [${f.confidence}] ${short(f.description)}`);
      if (f.sample && f.sample !== 'N/A') console.error(`       ${short(f.sample)}`);
    }
    return 1;
  } catch (error) {
    console.error(`electronegativity: ${error.message}`);
    return 1;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

process.exitCode = main();
