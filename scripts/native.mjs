// Makes better-sqlite3 loadable by the runtime about to start, so nobody rebuilds native modules by hand.
//
//   node scripts/native.mjs node       `npm test`: checks node_modules' build loads in this Node; if it does not
//                                      (built for another ABI), runs `npm rebuild better-sqlite3` and checks again.
//   node scripts/native.mjs electron   `npm start`: makes sure a build for the installed Electron exists at
//                                      .native/electron-<electronVersion>-<platform>-<arch>/better_sqlite3.node.
//                                      It is built in a temporary copy of the package, so node_modules keeps the
//                                      Node build the tests need.
//
// The .native path rule lives in src/main/nativeBinding.json, read here and by src/main/nativeBinding.ts.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const packageDir = join(root, 'node_modules', 'better-sqlite3');
const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';

const say = (message) => console.log(`[native] ${message}`);

class NativeSetupError extends Error {}

/** Stops with a message; thrown (not process.exit) so `finally` still removes temporary folders. */
function die(message) {
  throw new NativeSetupError(message);
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) say(`could not run ${command}: ${result.error.message}`);
  return result.status === 0;
}

// ---- node ----------------------------------------------------------------------------------------------

/** Loads better-sqlite3 in a fresh Node process (a failed native load must not poison this one). */
function probeNodeBuild() {
  const probe =
    "const D = require('better-sqlite3'); const db = new D(':memory:'); db.prepare('select 1').get(); db.close();";
  const result = spawnSync(process.execPath, ['-e', probe], { cwd: root, encoding: 'utf8' });
  const firstLines = `${result.stderr ?? ''}`.trim().split('\n').slice(0, 6).join('\n');
  return { ok: result.status === 0, detail: firstLines };
}

/** npm itself: the npm that started us when there is one (npm_execpath), else npm on PATH. */
function npm(args) {
  const npmCli = process.env.npm_execpath;
  if (npmCli && npmCli.endsWith('.js')) return run(process.execPath, [npmCli, ...args], { cwd: root });
  return run('npm', args, { cwd: root, shell: process.platform === 'win32' });
}

function ensureNodeBuild() {
  if (!existsSync(packageDir)) die('node_modules/better-sqlite3 is missing: run `npm install` first.');
  const first = probeNodeBuild();
  if (first.ok) {
    say(`better-sqlite3 loads in Node ${process.version} (ABI ${process.versions.modules}).`);
    return;
  }
  say(
    `better-sqlite3 does not load in Node ${process.version}; rebuilding it for this Node.\n${first.detail}`,
  );
  npm(['rebuild', 'better-sqlite3']);
  const second = probeNodeBuild();
  if (!second.ok) {
    die(
      `better-sqlite3 still does not load in Node ${process.version} after \`npm rebuild better-sqlite3\`.\n` +
        `${second.detail}\n` +
        'Building it needs either network access to its prebuilt binaries or Python 3 and a C++ compiler ' +
        '(see https://github.com/nodejs/node-gyp#installation).',
    );
  }
  say(`better-sqlite3 rebuilt and loads in Node ${process.version}.`);
}

// ---- electron ------------------------------------------------------------------------------------------

function electronBindingPath(electronVersion) {
  const rule = readJson(join(root, 'src', 'main', 'nativeBinding.json'));
  const folder = rule.folder
    .replace('{electronVersion}', electronVersion)
    .replace('{platform}', process.platform)
    .replace('{arch}', process.arch);
  return join(root, rule.dir, folder, rule.file);
}

/** node-gyp as npm ships it (npm sets npm_config_node_gyp for scripts); npx fetches it otherwise. */
function nodeGypCommand() {
  const candidates = [
    process.env.npm_config_node_gyp,
    process.env.npm_execpath &&
      join(dirname(process.env.npm_execpath), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    join(
      dirname(process.execPath),
      '..',
      'lib',
      'node_modules',
      'npm',
      'node_modules',
      'node-gyp',
      'bin',
      'node-gyp.js',
    ),
    join(dirname(process.execPath), 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  const found = candidates.find((path) => path && path.endsWith('.js') && existsSync(path));
  if (found) return [process.execPath, [found]];
  return ['npx', ['--yes', 'node-gyp'], { shell: process.platform === 'win32' }];
}

/** The environment for building against Electron: npm's nodedir/target settings would point at Node's headers. */
function electronBuildEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch)$/i.test(key)) delete env[key];
  }
  return env;
}

function buildForElectron(copyDir, electronVersion) {
  const env = electronBuildEnv();
  const prebuildInstall = join(root, 'node_modules', 'prebuild-install', 'bin.js');
  if (existsSync(prebuildInstall)) {
    say(`fetching a prebuilt better-sqlite3 for Electron ${electronVersion}…`);
    const fetched = run(
      process.execPath,
      [
        prebuildInstall,
        '--runtime',
        'electron',
        '--target',
        electronVersion,
        '--arch',
        process.arch,
        '--platform',
        process.platform,
      ],
      { cwd: copyDir, env },
    );
    if (fetched) return true;
    say('no prebuilt binary could be fetched; compiling from source with node-gyp instead.');
  }
  const [command, baseArgs, extra = {}] = nodeGypCommand();
  const args = [
    ...baseArgs,
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--arch=${process.arch}`,
    `--dist-url=${ELECTRON_HEADERS_URL}`,
  ];
  return run(command, args, { cwd: copyDir, env, ...extra });
}

function ensureElectronBuild() {
  const electronPackage = join(root, 'node_modules', 'electron', 'package.json');
  if (!existsSync(electronPackage)) die('node_modules/electron is missing: run `npm install` first.');
  if (!existsSync(packageDir)) die('node_modules/better-sqlite3 is missing: run `npm install` first.');
  const electronVersion = readJson(electronPackage).version;
  const sqliteVersion = readJson(join(packageDir, 'package.json')).version;
  const target = electronBindingPath(electronVersion);
  // The stamp ties the binary to the better-sqlite3 JavaScript it must match; an upgrade rebuilds it.
  const stamp = `${target}.better-sqlite3-version`;
  if (existsSync(target) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === sqliteVersion) {
    say(
      `better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} is ready (${relative(root, target)}).`,
    );
    return;
  }

  const workDir = mkdtempSync(join(tmpdir(), 'nara-native-'));
  const copyDir = join(workDir, 'better-sqlite3');
  try {
    // Everything but build/: that holds the Node binary, which must neither be reused nor overwritten.
    cpSync(packageDir, copyDir, {
      recursive: true,
      filter: (path) => !path.startsWith(join(packageDir, 'build')),
    });
    if (!buildForElectron(copyDir, electronVersion)) {
      die(
        `could not build better-sqlite3 for Electron ${electronVersion}.\n` +
          'Both ways need the network: prebuilt binaries come from GitHub releases, and compiling needs the Electron ' +
          `headers from ${ELECTRON_HEADERS_URL} plus Python 3 and a C++ compiler ` +
          '(https://github.com/nodejs/node-gyp#installation). The tests (`npm test`) do not need this build.',
      );
    }
    const built = join(copyDir, 'build', 'Release', 'better_sqlite3.node');
    if (!existsSync(built)) die(`the build finished but ${built} is missing.`);
    mkdirSync(dirname(target), { recursive: true });
    // Copy then rename, so an interrupted run never leaves a half-written binary at the path main loads.
    copyFileSync(built, `${target}.tmp`);
    renameSync(`${target}.tmp`, target);
    writeFileSync(stamp, `${sqliteVersion}\n`);
    say(
      `better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} built at ${relative(root, target)}.`,
    );
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

const modes = { node: ensureNodeBuild, electron: ensureElectronBuild };
try {
  const ensure = modes[process.argv[2]];
  if (!ensure) die('usage: node scripts/native.mjs node|electron');
  ensure();
} catch (error) {
  if (!(error instanceof NativeSetupError)) throw error;
  console.error(`[native] ${error.message}`);
  process.exitCode = 1;
}
