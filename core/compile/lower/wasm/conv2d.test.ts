import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { testBothForms } from '../../../../test/bothWasmForms.ts';
import type { Pair, Padding } from '../../../ops/window.ts';
import { useBackend } from '../../../runtime/backend.ts';
import { conv2dForm, conv2dWasm, flipFilterWasm, inputGradWasm } from './conv2d.ts';
import { setWasmForm } from './fusedForm.ts';

testBothForms();

/** The largest difference, relative to the largest magnitude in want (at least 1). */
function relativeError(got: tf.Tensor, want: tf.Tensor): number {
  const [g, w] = [got.dataSync() as Float32Array, want.dataSync() as Float32Array];
  const scale = w.reduce((s: number, v: number) => Math.max(s, Math.abs(v)), 1);
  return g.reduce((s: number, v: number, i: number) => Math.max(s, Math.abs(v - w[i])), 0) / scale;
}

interface Case {
  x: [number, number, number, number];
  f: [number, number, number, number];
  strides: Pair;
  padding: Padding;
}
// mnist-cnn's second layer and its third; VALID; strides 2 and mixed; 5x5 and 1x1 filters; three input channels;
// pixel counts that leave remainders after the sixes and fours (7 * 5 = 35, 3 * 3 = 9); one image of one pixel.
const CASES: Case[] = [
  { x: [4, 14, 14, 32], f: [3, 3, 32, 64], strides: [1, 1], padding: 'SAME' },
  { x: [2, 7, 7, 64], f: [3, 3, 64, 128], strides: [1, 1], padding: 'SAME' },
  { x: [3, 9, 8, 16], f: [3, 3, 16, 8], strides: [1, 1], padding: 'VALID' },
  { x: [2, 11, 10, 8], f: [3, 3, 8, 16], strides: [2, 2], padding: 'SAME' },
  { x: [1, 12, 9, 4], f: [5, 5, 4, 8], strides: [2, 1], padding: 'VALID' },
  { x: [2, 7, 5, 3], f: [1, 1, 3, 24], strides: [1, 1], padding: 'SAME' },
  { x: [1, 5, 7, 3], f: [5, 5, 3, 16], strides: [1, 1], padding: 'SAME' },
  { x: [1, 1, 1, 5], f: [3, 3, 5, 8], strides: [1, 1], padding: 'SAME' },
];

describe('Conv2D as a direct SIMD pass on wasm', () => {
  for (const form of ['plain', 'fma'] as const)
    for (const c of CASES)
      it(`gives tf.conv2d's values (${form} form): x [${c.x}], filter [${c.f}], strides ${c.strides}, ${c.padding}`, () => {
        setWasmForm(form);
        expect(conv2dForm()).toBe(form);
        const x = tf.randomNormal(c.x, 0, 1, 'float32', 1) as tf.Tensor4D;
        const f = tf.randomNormal(c.f, 0, 1, 'float32', 2) as tf.Tensor4D;
        const before = tf.memory().numTensors;
        const y = conv2dWasm(x, f, c.strides, c.padding)!;
        expect(tf.memory().numTensors).toBe(before + 1);
        const want = tf.conv2d(x, f, c.strides, c.padding === 'SAME' ? 'same' : 'valid');
        expect(y.shape).toEqual(want.shape);
        expect(relativeError(y, want)).toBeLessThan(1e-5);
        tf.dispose([x, f, y, want]);
      });

  for (const form of ['plain', 'fma'] as const)
    for (const c of CASES.filter((c) => c.strides[0] === 1 && c.strides[1] === 1 && c.x[3] % 8 === 0))
      it(`gives the input gradient tf.conv2dTranspose's values (${form} form): x [${c.x}], filter [${c.f}], ${c.padding}`, () => {
        setWasmForm(form);
        const f = tf.randomNormal(c.f, 0, 1, 'float32', 3) as tf.Tensor4D;
        const y = tf.conv2d(tf.zeros(c.x) as tf.Tensor4D, f, 1, c.padding === 'SAME' ? 'same' : 'valid');
        const dy = tf.randomNormal(y.shape, 0, 1, 'float32', 4) as tf.Tensor4D;
        const before = tf.memory().numTensors;
        const dx = inputGradWasm(c.x, f, dy, c.padding)!;
        expect(tf.memory().numTensors).toBe(before + 1);
        const want = tf.conv2dTranspose(dy, f, c.x, 1, c.padding === 'SAME' ? 'same' : 'valid');
        expect(dx.shape).toEqual(c.x);
        expect(relativeError(dx, want)).toBeLessThan(1e-5);
        tf.dispose([f, y, dy, dx, want]);
      });

  it('flips a filter in space and swaps its channels', () => {
    const f = tf.randomNormal([3, 5, 4, 8], 0, 1, 'float32', 5) as tf.Tensor4D;
    expect(flipFilterWasm(f)!.dataSync()).toEqual(tf.transpose(tf.reverse(f, [0, 1]), [0, 1, 3, 2]).dataSync());
  });

  it('leaves to tfjs what does not fit: output channels not in eights, other dtypes, other backends', async () => {
    const x = tf.ones([1, 4, 4, 3]) as tf.Tensor4D;
    expect(conv2dWasm(x, tf.ones([3, 3, 3, 10]) as tf.Tensor4D, [1, 1], 'SAME')).toBeUndefined();
    expect(conv2dWasm(tf.ones([1, 4, 4, 3], 'int32') as tf.Tensor4D, tf.ones([3, 3, 3, 8], 'int32') as tf.Tensor4D, [1, 1], 'SAME')).toBeUndefined();
    expect(inputGradWasm([1, 4, 4, 3], tf.ones([3, 3, 3, 8]) as tf.Tensor4D, tf.ones([1, 4, 4, 8]) as tf.Tensor4D, 'SAME')).toBeUndefined();
    await useBackend('cpu');
    expect(conv2dWasm(x, tf.ones([3, 3, 3, 8]) as tf.Tensor4D, [1, 1], 'SAME')).toBeUndefined();
    await useBackend('wasm');
  });
});
