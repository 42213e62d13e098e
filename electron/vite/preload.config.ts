// Vite config for the preload. Sandboxed preloads must be CommonJS; .cjs because the package is "type": "module".
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    rollupOptions: { output: { entryFileNames: '[name].cjs', chunkFileNames: '[name].cjs' } },
  },
});
