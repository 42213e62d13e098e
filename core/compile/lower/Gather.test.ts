import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../runtime/backend.ts';
import { expectTensorsClose, runOp } from '../../../test/opHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

const iota = (shape: number[]) => tf.reshape(tf.range(1, shape.reduce((a, b) => a * b, 1) + 1), shape);
const ids = (values: number[], shape = [values.length]) => tf.tensor(values, shape, 'int32');

describe('Gather and GatherGrad lowerings', () => {
  it('looks up rows of an embedding for a [?,3] batch of ids', async () => {
    const table = iota([5, 4]);
    const idx = ids([4, 0, 0, 2, 1, 3], [2, 3]);
    const [out] = runOp({ op: 'Gather', inputs: [table, idx], staticShapes: [[5, 4], [null, 3]] });
    expect(out.shape).toEqual([2, 3, 4]);
    await expectTensorsClose(out, tf.gather(table, idx));
  });
  it('picks along axis 1 and axis -1', async () => {
    const x = iota([2, 3, 4]);
    await expectTensorsClose(runOp({ op: 'Gather', attrs: { axis: 1 }, inputs: [x, ids([2, 2, 0])] })[0], tf.gather(x, ids([2, 2, 0]), 1));
    await expectTensorsClose(runOp({ op: 'Gather', attrs: { axis: -1 }, inputs: [x, ids([3, 1])] })[0], tf.gather(x, ids([3, 1]), 2));
  });
  it('stops on an index outside the table, naming the node, the index and the fix', () => {
    expect(() => runOp({ op: 'Gather', inputs: [iota([5, 2]), ids([1, 5])] })).toThrow(/Gather "op" failed: index 5 \(entry 1 of indices\) is outside 0\.\.4: params has 5 entries along axis 0\. Feed indices below 5/);
    expect(() => runOp({ op: 'Gather', inputs: [iota([5, 2]), ids([-1])] })).toThrow(/index -1 /);
  });
  it('GatherGrad adds every slice of dy into its row, duplicates summed, other rows 0', async () => {
    const dy = tf.tensor([1, 2, 3, 4, 5, 6, 7, 8], [4, 2]);
    const [out] = runOp({ op: 'GatherGrad', inputs: [dy, ids([1, 3, 1, 0]), tf.zeros([5, 2])] });
    expect(await out.array()).toEqual([[7, 8], [6, 8], [0, 0], [3, 4], [0, 0]]);
  });
});

