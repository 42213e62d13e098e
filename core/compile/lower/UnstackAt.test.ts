import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../runtime/backend.ts';
import { analyzeOp, expectTensorsClose, runOp } from '../../../test/opHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

describe('UnstackAt', () => {
  it('takes one slice along an axis and drops the axis, like tf.unstack', async () => {
    const x = tf.randomNormal([2, 3, 4], 0, 1, 'float32', 3);
    for (const [axis, index] of [[0, 1], [1, 2], [-1, 3]]) {
      const [out] = runOp({ op: 'UnstackAt', attrs: { axis, index }, inputs: [x] });
      await expectTensorsClose(out, tf.unstack(x, axis)[index]);
    }
  });

  it('infers the shape without the axis and rejects an index past its end', () => {
    expect(analyzeOp({ op: 'UnstackAt', attrs: { axis: 1, index: 0 }, inputs: [tf.zeros([2, 3])], staticShapes: [[null, 3]] }).outputs).toEqual([{ dtype: 'float32', shape: [null] }]);
    const bad = analyzeOp({ op: 'UnstackAt', attrs: { axis: 0, index: 2 }, inputs: [tf.zeros([2, 3])] });
    expect(bad.analysis.diagnostics.map((d) => d.message)).toContainEqual(expect.stringContaining('index 2 is past the end of axis 0 of [2,3]'));
  });
});
