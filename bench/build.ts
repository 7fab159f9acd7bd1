import { cp, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { BENCH_DIR, CACHE_DIR, REPO_ROOT } from './paths';

export interface Builds {
  /** The browser host (`node <web>/bin.js`). */
  hostBin: string;
  rendererDir: string;
  /** Served by the fixture server: hello/ (React hello world) and editor/ (plain contenteditable). */
  fixturesDir: string;
  /** Size of the renderer's JavaScript and of the hello world's: what a page load downloads and compiles. */
  jsKb: { renderer: number; hello: number };
}

async function jsKb(dir: string): Promise<number> {
  const files = await readdir(dir, { recursive: true });
  let bytes = 0;
  for (const file of files) if (file.endsWith('.js')) bytes += (await stat(join(dir, file))).size;
  return Math.round(bytes / 1024);
}

/**
 * Builds what is on disk now, every run: the renderer and the browser host with the project's own Vite
 * configs, and the hello-world baseline with the same Vite and React plugin. Never into out/, which the
 * tests and other builds use. `readable` keeps names and adds source maps, for CPU profiles.
 */
export async function buildAll(readable: boolean): Promise<Builds> {
  const root = join(CACHE_DIR, 'build');
  await rm(root, { recursive: true, force: true });
  const rendererDir = join(root, 'renderer');
  const webDir = join(root, 'web');
  const fixturesDir = join(root, 'fixtures');
  // Warnings (the renderer's chunk size among them) would drown the progress lines; jsKb reports the size.
  const quiet = { logLevel: 'error' as const };
  const readability = readable ? { minify: false, sourcemap: true } : {};

  await build({
    ...quiet,
    configFile: join(REPO_ROOT, 'vite.renderer.config.ts'),
    build: { outDir: rendererDir, emptyOutDir: true, ...readability },
  });
  await build({
    ...quiet,
    configFile: join(REPO_ROOT, 'vite.web.config.ts'),
    build: { outDir: webDir, emptyOutDir: true },
  });
  await build({
    ...quiet,
    configFile: false,
    root: join(BENCH_DIR, 'fixtures', 'hello'),
    base: './',
    plugins: [react()],
    build: { outDir: join(fixturesDir, 'hello'), emptyOutDir: true },
  });
  await cp(join(BENCH_DIR, 'fixtures', 'editor'), join(fixturesDir, 'editor'), { recursive: true });
  return {
    hostBin: join(webDir, 'bin.js'),
    rendererDir,
    fixturesDir,
    jsKb: { renderer: await jsKb(rendererDir), hello: await jsKb(join(fixturesDir, 'hello')) },
  };
}
