import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../runtime/backend.ts';
import { analyzeOp, expectTensorsClose, runOp } from '../../../test/opHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

describe('BroadcastLike', () => {
  it('puts back removed axes and repeats along them', async () => {
    const row = tf.tensor([1, 2, 3]);
    const [out] = runOp({ op: 'BroadcastLike', attrs: { axis: [0] }, inputs: [row, tf.zeros([2, 3])], staticShapes: [[3], [null, 3]] });
    await expectTensorsClose(out, tf.tensor([[1, 2, 3], [1, 2, 3]]));
    const [col] = runOp({ op: 'BroadcastLike', attrs: { axis: [-1] }, inputs: [tf.tensor([4, 5]), tf.zeros([2, 3])] });
    await expectTensorsClose(col, tf.tensor([[4, 4, 4], [5, 5, 5]]));
  });

  it('spreads a scalar over everything for axis null, and keeps kept dims for axis []', async () => {
    const [all] = runOp({ op: 'BroadcastLike', attrs: { axis: null }, inputs: [tf.scalar(7), tf.zeros([2, 2])] });
    await expectTensorsClose(all, tf.fill([2, 2], 7));
    const [kept] = runOp({ op: 'BroadcastLike', attrs: { axis: [] }, inputs: [tf.tensor([[1], [2]]), tf.zeros([2, 3])] });
    await expectTensorsClose(kept, tf.tensor([[1, 1, 1], [2, 2, 2]]));
  });

  it('rejects axes that do not make up the rank difference', () => {
    const bad = analyzeOp({ op: 'BroadcastLike', attrs: { axis: [] }, inputs: [tf.zeros([3]), tf.zeros([2, 3])] });
    expect(bad.analysis.diagnostics.map((d) => d.message)).toContainEqual(expect.stringContaining('does not have the rank of like [2,3]'));
  });
});
