import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../runtime/backend.ts';
import { expectTensorsClose, runOp } from '../../../test/opHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

const iota = (shape: number[]) => tf.reshape(tf.range(1, shape.reduce((a, b) => a * b, 1) + 1), shape);

describe('Slice and PadLike lowerings', () => {
  it('cuts a block with -1 sizes from a [?,4,5] batch', async () => {
    const x = iota([3, 4, 5]);
    const [out] = runOp({ op: 'Slice', attrs: { begin: [1, 0, 2], size: [-1, 3, -1] }, inputs: [x], staticShapes: [[null, 4, 5]] });
    expect(out.shape).toEqual([2, 3, 3]);
    await expectTensorsClose(out, tf.slice(x, [1, 0, 2], [2, 3, 3]));
  });
  it('fails at run time naming the node when the fed batch is too short for the block', () => {
    expect(() => runOp({ op: 'Slice', attrs: { begin: [2, 0], size: [2, -1] }, inputs: [iota([3, 2])], staticShapes: [[null, 2]] })).toThrow(/Slice "op" failed: the block \[2, 4\) of dimension 0 does not fit the x fed, \[3,2\]/);
  });
  it('PadLike puts x into zeros the shape of like at begin, read at run time', async () => {
    const x = iota([2, 2]);
    const [out] = runOp({ op: 'PadLike', attrs: { begin: [1, 2] }, inputs: [x, tf.zeros([4, 5])], staticShapes: [[null, 2], [null, 5]] });
    await expectTensorsClose(out, tf.pad(x, [[1, 1], [2, 1]]));
  });
});
