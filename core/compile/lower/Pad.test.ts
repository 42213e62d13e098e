import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../runtime/backend.ts';
import { expectTensorsClose, runOp } from '../../../test/opHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

const iota = (shape: number[]) => tf.reshape(tf.range(1, shape.reduce((a, b) => a * b, 1) + 1), shape);

describe('Pad and SliceLike lowerings', () => {
  it('pads [?,3,3,2] by 2 around height and width with a constant', async () => {
    const x = iota([2, 3, 3, 2]);
    const paddings: [number, number][] = [[0, 0], [2, 2], [1, 2], [0, 0]];
    const [out] = runOp({ op: 'Pad', attrs: { paddings, constantValue: -1 }, inputs: [x], staticShapes: [[null, 3, 3, 2]] });
    expect(out.shape).toEqual([2, 7, 6, 2]);
    await expectTensorsClose(out, tf.pad(x, paddings, -1));
  });
  it('pads int32 values', async () => {
    const x = tf.tensor([1, 2, 3], [3], 'int32');
    const [out] = runOp({ op: 'Pad', attrs: { paddings: [[1, 2]], constantValue: 7 }, inputs: [x] });
    expect(out.dtype).toBe('int32');
    expect(Array.from(out.dataSync())).toEqual([7, 1, 2, 3, 7, 7]);
  });
  it('SliceLike cuts the shape of its second input at begin, read at run time', async () => {
    const x = iota([4, 5]);
    const [out] = runOp({ op: 'SliceLike', attrs: { begin: [1, 2] }, inputs: [x, tf.zeros([2, 3])], staticShapes: [[null, 5], [null, 3]] });
    await expectTensorsClose(out, tf.slice(x, [1, 2], [2, 3]));
  });
});
