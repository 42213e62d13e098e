import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    // tfjs-wasm is single-threaded per process; two workers match the CI's two cores.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['core/**/*.test.ts', 'cli/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'electron/**/*.test.ts', 'tools/**/*.test.ts'],
          exclude: ['node_modules/**', '**/*.tf.test.ts'],
        },
      },
      {
        // Real TensorFlow as the referee (`npm run test:tf`, needs .venv-tf): not part of `npm test`.
        extends: true,
        test: {
          name: 'tf',
          include: ['**/*.tf.test.ts'],
          exclude: ['node_modules/**', '.venv-tf/**'],
          globalSetup: ['test/tf/globalSetup.ts'],
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
      {
        // The built app in Chromium: one browser at a time, since each spec drives a whole renderer.
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          globalSetup: ['e2e/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
