import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../../runtime/backend.ts';
import { transposeWasm } from './transpose.ts';

beforeAll(async () => {
  await useBackend('wasm');
});
afterAll(async () => {
  await useBackend('cpu');
});

/** Distinct values, a NaN with a payload and a -0 among them, so a misplaced or rewritten element shows. */
function distinct(rows: number, cols: number): tf.Tensor {
  const values = Float32Array.from({ length: rows * cols }, (_, i) => i + 0.5);
  const bits = new Int32Array(values.buffer);
  if (values.length > 2) [bits[1], values[2]] = [0x7fc01234, -0];
  return tf.tensor2d(values, [rows, cols]);
}

describe('2-D transpose as a SIMD pass on wasm', () => {
  // Whole 4x4 blocks, strips of 16 columns and a partial last strip, edges of every width, a row, a column.
  for (const [rows, cols] of [[256, 256], [100, 784], [784, 100], [4, 4], [8, 20], [7, 5], [13, 31], [3, 2], [1, 9], [9, 1], [0, 3]]) {
    it(`gives tf.transpose's bits for [${rows}, ${cols}]`, async () => {
      const x = distinct(rows, cols);
      const before = tf.memory().numTensors;
      const y = transposeWasm(x)!;
      expect(tf.memory().numTensors).toBe(before + 1);
      const expected = tf.transpose(x);
      expect(y.shape).toEqual([cols, rows]);
      const [got, want] = [new Int32Array((await y.data<'float32'>()).buffer), new Int32Array((await expected.data<'float32'>()).buffer)];
      // The first element whose bits differ (-1: none); cheaper than a deep equality over 200,000 numbers.
      expect(got.findIndex((bits, i) => bits !== want[i])).toBe(-1);
      tf.dispose([x, y, expected]);
    });
  }

  it('leaves other ranks and dtypes to tf.transpose', () => {
    const cube = tf.zeros([2, 2, 2]);
    const ints = tf.zeros([2, 3], 'int32');
    expect(transposeWasm(cube)).toBeUndefined();
    expect(transposeWasm(ints)).toBeUndefined();
    tf.dispose([cube, ints]);
  });
});
