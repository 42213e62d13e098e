import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../runtime/backend.ts';
import { analyzeOp, expectTensorsClose, runOp } from '../../../test/opHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

import { broadcastAxes } from './SumToShapeOf.ts';

describe('SumToShapeOf', () => {
  it('finds the axes TF\'s BroadcastGradientArgs would', () => {
    expect(broadcastAxes([3], [5, 3])).toEqual([0]);
    expect(broadcastAxes([3, 1], [3, 4])).toEqual([1]);
    expect(broadcastAxes([1, 4], [3, 4])).toEqual([0]);
    expect(broadcastAxes([], [2, 3])).toEqual([0, 1]);
    expect(broadcastAxes([2, 3], [2, 3])).toEqual([]);
    expect(() => broadcastAxes([2], [3])).toThrow(/dimension 0 is 3 against 2/);
  });

  it('sums a [5,3] gradient to a [3] bias and a [3,4] one to [3,1]', async () => {
    const dy = tf.randomNormal([5, 3], 0, 1, 'float32', 1);
    const [bias] = runOp({ op: 'SumToShapeOf', inputs: [dy, tf.zeros([3])], staticShapes: [[null, 3], [3]] });
    await expectTensorsClose(bias, tf.sum(dy, 0));
    const dz = tf.randomNormal([3, 4], 0, 1, 'float32', 2);
    const [column] = runOp({ op: 'SumToShapeOf', inputs: [dz, tf.zeros([3, 1])] });
    await expectTensorsClose(column, tf.sum(dz, 1, true));
  });

  it('infers the shape of like and rejects a like that does not broadcast to x', () => {
    expect(analyzeOp({ op: 'SumToShapeOf', inputs: [tf.zeros([2, 3]), tf.zeros([3])], staticShapes: [[null, 3], [3]] }).outputs).toEqual([{ dtype: 'float32', shape: [3] }]);
    const bad = analyzeOp({ op: 'SumToShapeOf', inputs: [tf.zeros([2, 3]), tf.zeros([4])] });
    expect(bad.analysis.diagnostics.map((d) => d.message)).toContainEqual(expect.stringContaining('SumToShapeOf cannot sum [2,3] down to [4]'));
  });
});
