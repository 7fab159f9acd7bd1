// The browser host bundled as a plain Node program: out/web/bin.js (dependencies stay external).
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: resolve('src/web/bin.ts'),
    outDir: resolve('out/web'),
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'bin.js', format: 'es' } },
  },
});
