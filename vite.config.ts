// Vite builds the renderer: `npm run dev` serves renderer/ with hot reload,
// `npm run web` builds dist/renderer and serves that bundle. The same bundle is
// what the desktop shell will load, hence relative asset URLs.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { CROSS_ORIGIN_ISOLATION } from './tools/crossOriginIsolation.ts';
import { datasetAssets } from './tools/viteDatasets.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('./renderer'),
  base: './',
  plugins: [react(), datasetAssets()],
  build: {
    outDir: here('./dist/renderer'),
    emptyOutDir: true,
    // The op registry and the canvas library are one app; a single chunk warning is noise here.
    chunkSizeWarningLimit: 2000,
  },
  // samples/ and core/ live beside renderer/, outside Vite's root. Both servers
  // isolate the page so the training worker can use threads.
  server: { fs: { allow: [here('.')] }, headers: CROSS_ORIGIN_ISOLATION },
  preview: { headers: CROSS_ORIGIN_ISOLATION },
});
