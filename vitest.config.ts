import { defineConfig } from 'vitest/config';

/** Unit test files that share their worker's modules (isolate: false); see the 'unit-shared' project. */
const SHARED_WORKER = ['core/{autodiff,graph,ops,summary,data,random,sweep}/**/*.test.ts'];

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
          exclude: ['node_modules/**', '**/*.tf.test.ts', ...SHARED_WORKER],
        },
      },
      {
        // Unit tests too, run in the same pass as 'unit': core's pure parts (graphs, ops, summaries, data,
        // random numbers, sweeps) and the gradient checks, which mock nothing and leave nothing global behind
        // (gradHarness disposes what it makes). A worker keeps its modules from one file to the next instead of
        // loading TensorFlow.js and core again for each: the 47 gradient files took 96 CPU-s isolated, 13 shared.
        extends: true,
        test: {
          name: 'unit-shared',
          include: SHARED_WORKER,
          isolate: false,
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
