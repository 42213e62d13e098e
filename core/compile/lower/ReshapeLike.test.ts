import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../runtime/backend.ts';
import { analyzeOp, expectTensorsClose, runOp } from '../../../test/opHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

describe('ReshapeLike', () => {
  it('takes the run-time shape of like', async () => {
    const x = tf.tensor([1, 2, 3, 4, 5, 6]);
    const [out] = runOp({ op: 'ReshapeLike', inputs: [x, tf.zeros([2, 3])], staticShapes: [[6], [null, 3]] });
    await expectTensorsClose(out, tf.tensor([[1, 2, 3], [4, 5, 6]]));
  });

  it('rejects tensors of different sizes', () => {
    const bad = analyzeOp({ op: 'ReshapeLike', inputs: [tf.zeros([6]), tf.zeros([2, 2])] });
    expect(bad.analysis.diagnostics.map((d) => d.message)).toContainEqual(expect.stringContaining('cannot reshape [6] (6 values) to [2,2] (4 values)'));
  });
});
