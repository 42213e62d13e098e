/**
 * A short version of `npm run bench:course`: the real samples on the first
 * 10,000 images of their training split, evaluated on all 10,000 test images, with
 * thresholds far above chance (0.1) and below what the runs reach (softmax
 * 0.91 after 10 epochs of the subset, the CNN about 0.89 after one), so they
 * catch a broken op, gradient or data path
 * without flaking. About 30 s on two idle cores.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeDatasets } from '../cli/datasets.ts';
import { useBackend } from '../core/runtime/backend.ts';
import { runCourseSample } from '../bench/courseRun.ts';

const SUBSET = 10000;
let backend: string;
beforeAll(async () => {
  backend = await useBackend('wasm', 'cpu');
});
const datasets = nodeDatasets();

describe('course samples on a subset of MNIST', () => {
  it('mnist-softmax learns: 10 epochs of 10,000 images give over 0.85 test accuracy', async () => {
    const r = await runCourseSample('mnist-softmax', { backend, datasets, subset: SUBSET, epochs: 10 });
    expect(r.accuracy).toBeGreaterThan(0.85);
    expect(r.accuracy).toBeLessThanOrEqual(1);
    expect([r.split, r.trainingExamples]).toEqual(['train-55k', SUBSET]);
  });

  it('mnist-cnn learns: one epoch of 10,000 images gives over 0.8 test accuracy', async () => {
    const r = await runCourseSample('mnist-cnn', { backend, datasets, subset: SUBSET, epochs: 1 });
    expect(r.accuracy).toBeGreaterThan(0.8);
  }, 240_000);
});
