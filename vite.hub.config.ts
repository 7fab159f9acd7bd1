// The hub bundled as a plain Node program: out/hub/bin.js (dependencies stay external).
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: resolve('src/server/bin.ts'),
    outDir: resolve('out/hub'),
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'bin.js', format: 'es' } },
  },
});
