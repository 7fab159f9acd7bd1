// The renderer built alone, for the browser host (src/web); the same output electron-vite makes.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: resolve('src/renderer'),
  base: './',
  plugins: [react()],
  build: { outDir: resolve('out/renderer'), emptyOutDir: true },
});
