import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../runtime/backend.ts';
import { analyzeOp, runOp } from '../../../test/opHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

describe('ReductionSize', () => {
  it('counts the reduced elements of the run-time shape', async () => {
    const x = tf.zeros([4, 3, 2]);
    const count = async (axis: number[] | null) => (await runOp({ op: 'ReductionSize', attrs: { axis }, inputs: [x], staticShapes: [[null, 3, 2]] })[0].data())[0];
    expect(await count(null)).toBe(24);
    expect(await count([0])).toBe(4);
    expect(await count([0, -1])).toBe(8);
  });

  it('is a float32 scalar', () => {
    expect(analyzeOp({ op: 'ReductionSize', attrs: { axis: [0] }, inputs: [tf.zeros([2, 3])], staticShapes: [[null, 3]] }).outputs).toEqual([{ dtype: 'float32', shape: [] }]);
  });
});
