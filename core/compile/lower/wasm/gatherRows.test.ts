import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatherRows } from '../../../data/batcher.ts';
import { useBackend } from '../../../runtime/backend.ts';
import { gatherRowsWasm } from './gatherRows.ts';

beforeAll(async () => {
  await useBackend('wasm');
});
afterAll(async () => {
  await useBackend('cpu');
});

describe('a mini-batch gathered straight into wasm memory', () => {
  it("holds the rows at the indices, in their order, as data/batcher's gatherRows gives them", async () => {
    const data = { values: Float32Array.from({ length: 50 * 12 }, (_, i) => i * 0.25 - 3), shape: [50, 3, 4] };
    const indices = Int32Array.from([49, 0, 7, 7, 23]);
    const before = tf.memory().numTensors;
    const t = gatherRowsWasm(data, indices)!;
    expect(tf.memory().numTensors).toBe(before + 1);
    expect(t.shape).toEqual([5, 3, 4]);
    expect(t.dtype).toBe('float32');
    expect(await t.data()).toEqual(gatherRows(data, indices).values);
    t.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('makes an empty batch from no indices', () => {
    const t = gatherRowsWasm({ values: new Float32Array(6), shape: [3, 2] }, new Int32Array(0))!;
    expect(t.shape).toEqual([0, 2]);
    t.dispose();
  });
});
