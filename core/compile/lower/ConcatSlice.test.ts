import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../runtime/backend.ts';
import { analyzeOp, expectTensorsClose, runOp } from '../../../test/opHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

describe('ConcatSlice', () => {
  it('cuts out the piece of each input, offsets read from the run-time shapes', async () => {
    const a = tf.zeros([2, 3]);
    const b = tf.zeros([1, 3]);
    const dy = tf.tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
    const shapes = [[3, 3], [null, 3], [null, 3]];
    const [first] = runOp({ op: 'ConcatSlice', attrs: { axis: 0, index: 0 }, inputs: [dy, a, b], staticShapes: shapes });
    await expectTensorsClose(first, tf.tensor([[1, 2, 3], [4, 5, 6]]));
    const [second] = runOp({ op: 'ConcatSlice', attrs: { axis: 0, index: 1 }, inputs: [dy, a, b], staticShapes: shapes });
    await expectTensorsClose(second, tf.tensor([[7, 8, 9]]));
  });

  it('infers the piece\'s shape and rejects an index past the inputs', () => {
    expect(analyzeOp({ op: 'ConcatSlice', attrs: { axis: 1, index: 1 }, inputs: [tf.zeros([2, 5]), tf.zeros([2, 3]), tf.zeros([2, 2])] }).outputs).toEqual([{ dtype: 'float32', shape: [2, 2] }]);
    const bad = analyzeOp({ op: 'ConcatSlice', attrs: { axis: 1, index: 2 }, inputs: [tf.zeros([2, 5]), tf.zeros([2, 3]), tf.zeros([2, 2])] });
    expect(bad.analysis.diagnostics.map((d) => d.message)).toContainEqual(expect.stringContaining('index 2 but only 2 values'));
  });
});
