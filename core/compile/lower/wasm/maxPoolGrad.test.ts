import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../../runtime/backend.ts';
import type { Pair, Padding } from '../../../ops/window.ts';
import { maxPoolGradLoop } from '../maxPoolGradLoop.ts';
import { maxPoolGradWasm } from './maxPoolGrad.ts';

beforeAll(async () => {
  await useBackend('wasm');
});
afterAll(async () => {
  await useBackend('cpu');
});

/** Values with many ties (a few distinct levels, negatives and zeros among them), as ReLU outputs have. */
function levels(shape: number[], seed: number): tf.Tensor {
  let s = seed;
  const next = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const n = shape.reduce((a, b) => a * b, 1);
  return tf.tensor(Float32Array.from({ length: n }, () => Math.floor(next() * 7) - 4 + (next() < 0.5 ? 0 : next())), shape);
}

const CASES: { x: number[]; k: Pair; s: Pair; pad: Padding }[] = [
  { x: [3, 28, 28, 32], k: [2, 2], s: [2, 2], pad: 'SAME' },
  { x: [2, 7, 7, 8], k: [2, 2], s: [2, 2], pad: 'SAME' },
  { x: [2, 7, 6, 6], k: [3, 3], s: [2, 2], pad: 'SAME' },
  { x: [1, 9, 8, 3], k: [3, 2], s: [1, 2], pad: 'VALID' },
  { x: [2, 5, 5, 1], k: [3, 3], s: [1, 1], pad: 'SAME' },
  // Windows that tile the image (the pass that writes them whole): channels left over after the fours, VALID, and VALID leaving a column out.
  { x: [2, 7, 7, 6], k: [2, 2], s: [2, 2], pad: 'SAME' },
  { x: [1, 9, 9, 3], k: [3, 3], s: [3, 3], pad: 'VALID' },
  { x: [1, 8, 9, 5], k: [2, 2], s: [2, 2], pad: 'VALID' },
];

describe('MaxPoolGrad as a SIMD pass on wasm', () => {
  for (const c of CASES) {
    it(`gives the JS loop's bits, overlapping windows, ties and negative windows included: x [${c.x}] k [${c.k}] s [${c.s}] ${c.pad}`, () => {
      const x = levels(c.x, c.x.length + c.x[1]);
      const y = tf.maxPool(x as tf.Tensor4D, c.k, c.s, c.pad === 'SAME' ? 'same' : 'valid');
      const dy = levels(y.shape, 99);
      const before = tf.memory().numTensors;
      const dx = maxPoolGradWasm(x, dy, c.k, c.s, c.pad)!;
      expect(tf.memory().numTensors).toBe(before + 1);
      const expected = maxPoolGradLoop(x, dy, c.k, c.s, c.pad);
      expect(dx.shape).toEqual(c.x);
      expect(dx.dataSync()).toEqual(expected.dataSync());
      // Not all zeros: the comparison saw gradients.
      expect(dx.dataSync().some((v) => v !== 0)).toBe(true);
      tf.dispose([x, y, dy, dx, expected]);
    });
  }

  it('never picks a NaN over the first value of its window, and keeps a NaN that comes first', () => {
    const x = tf.tensor4d([1, NaN, 0, 2, NaN, 5, 0, 9], [1, 2, 4, 1]);
    const dx = maxPoolGradWasm(x, tf.tensor4d([10, 20], [1, 1, 2, 1]), [2, 2], [2, 2], 'VALID')!;
    // Window {1, NaN, 2, NaN... }: rows [1, NaN] and [NaN, 5] -> 5 wins; window [0, 2] / [0, 9] -> 9.
    expect(Array.from(dx.dataSync())).toEqual(Array.from(maxPoolGradLoop(x, tf.tensor4d([10, 20], [1, 1, 2, 1]), [2, 2], [2, 2], 'VALID').dataSync()));
    const first = maxPoolGradWasm(tf.tensor4d([NaN, 3, 1, 2], [1, 2, 2, 1]), tf.tensor4d([7], [1, 1, 1, 1]), [2, 2], [2, 2], 'VALID')!;
    expect(Array.from(first.dataSync())).toEqual([7, 0, 0, 0]);
  });

  it("gives a -0 gradient the JS loop's 0 and keeps a NaN gradient, in the SIMD lanes and the channels after them", () => {
    const x = levels([1, 2, 2, 5], 3);
    const dy = tf.tensor4d([-0, NaN, -0, 1.5, -0], [1, 1, 1, 5]);
    const dx = maxPoolGradWasm(x, dy, [2, 2], [2, 2], 'VALID')!.dataSync();
    const expected = maxPoolGradLoop(x, dy, [2, 2], [2, 2], 'VALID').dataSync();
    expect(Array.from(dx).map((v, i) => Object.is(v, expected[i]))).toEqual(Array.from(expected).map(() => true));
    expect(dx.some((v) => Number.isNaN(v))).toBe(true);
  });

  it('is absent on other backends', async () => {
    await useBackend('cpu');
    const x = tf.ones([1, 2, 2, 1]);
    expect(maxPoolGradWasm(x, tf.ones([1, 1, 1, 1]), [2, 2], [2, 2], 'VALID')).toBeUndefined();
    await useBackend('wasm');
  });
});
