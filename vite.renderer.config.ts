// The renderer built alone, for the browser host (src/web); the same output electron-vite makes.
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * main.tsx is a small entry that sends the start-up calls and then imports the app (shell/renderApp).
 * A dynamic import is fetched only when reached; a modulepreload link in index.html fetches the app's
 * chunks at once, beside the entry, so the download overlaps the entry and the start-up calls.
 */
export function preloadAppChunks(): Plugin {
  let base = './';
  return {
    name: 'nara:preload-app-chunks',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunks = Object.values(bundle ?? {}).flatMap((file) => (file.type === 'chunk' ? [file] : []));
        const app = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/shell/renderApp.tsx'));
        if (!app) throw new Error('preload-app-chunks: no chunk for src/renderer/shell/renderApp.tsx');
        const files = new Set<string>();
        const styles = new Set<string>();
        const add = (fileName: string) => {
          const chunk = chunks.find((candidate) => candidate.fileName === fileName);
          // The entry is index.html's own script already.
          if (!chunk || chunk.isEntry || files.has(fileName)) return;
          files.add(fileName);
          chunk.viteMetadata?.importedCss.forEach((css) => styles.add(css));
          chunk.imports.forEach(add);
        };
        add(app.fileName);
        const link = (rel: string, fileName: string) => ({
          tag: 'link',
          attrs: { rel, crossorigin: true, href: `${base}${fileName}` },
          injectTo: 'head' as const,
        });
        return [
          ...[...styles].map((fileName) => link('stylesheet', fileName)),
          ...[...files].map((fileName) => link('modulepreload', fileName)),
        ];
      },
    },
  };
}

export default defineConfig({
  root: resolve('src/renderer'),
  base: './',
  plugins: [react(), preloadAppChunks()],
  build: { outDir: resolve('out/renderer'), emptyOutDir: true },
});
