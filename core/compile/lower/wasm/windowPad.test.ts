import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../../runtime/backend.ts';
import { padToWindows } from './windowPad.ts';

beforeAll(async () => {
  await useBackend('wasm');
});
afterAll(async () => {
  await useBackend('cpu');
});

describe('padding for the SIMD convolution passes', () => {
  // [x shape, window, strides, output size, padding, the pads [top, bottom, left, right] expected]
  const CASES: [[number, number, number, number], [number, number], [number, number], [number, number], 'SAME' | 'VALID', number[]][] = [
    [[3, 28, 28, 1], [3, 3], [1, 1], [28, 28], 'SAME', [1, 1, 1, 1]],
    [[2, 14, 14, 32], [3, 3], [1, 1], [14, 14], 'SAME', [1, 1, 1, 1]],
    [[2, 7, 8, 3], [2, 5], [1, 1], [7, 8], 'SAME', [0, 1, 2, 2]],
    [[1, 7, 7, 2], [3, 3], [2, 2], [4, 4], 'SAME', [1, 1, 1, 1]],
    [[1, 8, 8, 2], [3, 3], [2, 2], [4, 4], 'SAME', [0, 1, 0, 1]],
  ];
  for (const [shape, window, strides, out, padding, [pt, pb, pl, pr]] of CASES) {
    it(`gives tf.pad's bits: x [${shape}] window [${window}] strides [${strides}] ${padding}`, () => {
      const x = tf.randomNormal(shape, 0, 1, 'float32', 7) as tf.Tensor4D;
      const padded = padToWindows(x, window, strides, out, padding);
      const expected = tf.pad(x, [[0, 0], [pt, pb], [pl, pr], [0, 0]]);
      expect(padded.shape).toEqual(expected.shape);
      expect(padded.dataSync()).toEqual(expected.dataSync());
      tf.dispose([x, padded, expected]);
    });
  }

  it('returns the input itself where the windows already lie inside it', () => {
    const x = tf.zeros([1, 5, 5, 1]) as tf.Tensor4D;
    expect(padToWindows(x, [3, 3], [1, 1], [3, 3], 'VALID')).toBe(x);
    x.dispose();
  });
});
