// Vite config for the main process (Forge's defaults plus ours). The package is
// "type": "module", so the CommonJS bundle must be named .cjs to load as CommonJS.
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    lib: { entry: 'electron/main/main.ts', formats: ['cjs'], fileName: () => '[name].cjs' },
  },
});
