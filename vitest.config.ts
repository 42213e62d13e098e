import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['core/**/*.test.ts', 'cli/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
    testTimeout: 60_000,
    // tfjs-wasm is single-threaded per process; two workers match the CI's two cores.
    maxWorkers: 2,
  },
});
