import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../runtime/backend.ts';
import { analyzeOp, expectTensorsClose, type OpCase, runOp } from '../../../test/opHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

/** Runs the op and checks the run-time shape against the statically inferred one. */
function run(c: OpCase): tf.Tensor[] {
  const outs = runOp(c);
  const inferred = analyzeOp(c).outputs;
  outs.forEach((t, i) => expect(t.shape).toEqual(inferred?.[i].shape));
  return outs;
}

type Reduce = (x: tf.Tensor, axis?: number[], keepDims?: boolean) => tf.Tensor;
const DIRECT: Record<string, Reduce> = { ReduceSum: tf.sum, ReduceMax: tf.max, ReduceMean: tf.mean };

const CASES: [number[], number[] | null, boolean][] = [
  [[5], null, false],
  [[3, 4], null, true],
  [[3, 4], [0], false],
  [[3, 4], [1], true],
  [[3, 4], [-1], false],
  [[2, 3, 4], [0, 2], false],
  [[2, 3, 4], [2, 0], true],
  [[2, 3, 4], [], false],
];

describe('float reductions', () => {
  for (const [op, direct] of Object.entries(DIRECT)) {
    for (const [shape, axis, keepDims] of CASES) {
      it(`${op} of [${shape}] over ${JSON.stringify(axis)}${keepDims ? ' keeping dims' : ''} matches tfjs`, async () => {
        const x = tf.randomNormal(shape, 0, 3, 'float32', 7);
        const [out] = run({ op, attrs: { axis, keepDims }, inputs: [x] });
        await expectTensorsClose(out, direct(x, axis ?? undefined, keepDims), 1e-5);
      });
    }
  }

  it('reduces a ? batch to a scalar cost', async () => {
    const x = tf.tensor2d([[1, 2], [3, 4], [5, 6]]);
    const [out] = runOp({ op: 'ReduceMean', attrs: {}, inputs: [x], staticShapes: [[null, 2]] });
    expect(out.shape).toEqual([]);
    expect(await out.data()).toEqual(new Float32Array([3.5]));
  });
});

describe('int32 reductions', () => {
  it('ReduceSum and ReduceMax keep int32 and match tfjs', async () => {
    const x = tf.tensor2d([[3, -7, 2], [9, 0, -4]], [2, 3], 'int32');
    for (const [op, direct] of [['ReduceSum', tf.sum], ['ReduceMax', tf.max]] as const) {
      for (const axis of [null, [0], [1]]) {
        const [out] = run({ op, attrs: { axis }, inputs: [x] });
        await expectTensorsClose(out, direct(x, axis ?? undefined));
      }
    }
  });

  it('ReduceMean of int32 truncates like TF: mean of [1,2] is 1', async () => {
    const [out] = run({ op: 'ReduceMean', attrs: {}, inputs: [tf.tensor1d([1, 2], 'int32')] });
    expect(out.dtype).toBe('int32');
    expect(await out.data()).toEqual(new Int32Array([1]));
  });

  it('ReduceMean of int32 truncates toward zero, not down', async () => {
    const x = tf.tensor2d([[1, 2], [-1, -2], [7, 8], [-7, -8], [-3, 3]], [5, 2], 'int32');
    const [out] = run({ op: 'ReduceMean', attrs: { axis: [1] }, inputs: [x] });
    expect(Array.from(await out.data())).toEqual([1, -1, 7, -7, 0]);
  });

  it('ReduceMean of int32 equals the truncated true mean on random data, any axes', async () => {
    const shape = [4, 5, 6];
    const values = Array.from({ length: 120 }, (_, i) => ((i * 7919) % 201) - 100);
    const x = tf.tensor(values, shape, 'int32');
    const cases: [number[] | null, boolean][] = [[null, false], [[1], false], [[0, 2], true], [[-1], false]];
    for (const [axis, keepDims] of cases) {
      const [out] = run({ op: 'ReduceMean', attrs: { axis, keepDims }, inputs: [x] });
      // Exact integer sums, divided in float64 and truncated: C's integer division.
      const sums = tf.sum(x, axis ?? undefined, keepDims);
      const count = x.size / sums.size;
      const expected = Array.from(await sums.data()).map((s) => Math.trunc(s / count) || 0);
      expect(out.dtype).toBe('int32');
      expect(out.shape).toEqual(sums.shape);
      expect(Array.from(await out.data())).toEqual(expected);
    }
  });
});

describe('ArgMax lowering', () => {
  const cases: [number[], number][] = [
    [[6], 0],
    [[4, 10], 1],
    [[4, 10], 0],
    [[2, 3, 4], -1],
    [[2, 3, 4], 1],
  ];
  for (const [shape, axis] of cases) {
    it(`ArgMax of [${shape}] on axis ${axis} matches tf.argMax`, async () => {
      const x = tf.randomNormal(shape, 0, 1, 'float32', 11);
      const [out] = run({ op: 'ArgMax', attrs: { axis }, inputs: [x] });
      await expectTensorsClose(out, tf.argMax(x, axis));
    });
  }

  it('uses axis 0 by default and finds each class of a ? batch with axis 1', async () => {
    const scores = tf.tensor2d([[0.1, 0.7, 0.2], [0.9, 0.05, 0.05], [0.2, 0.2, 0.6], [0.3, 0.1, 0.6]]);
    const [byDefault] = run({ op: 'ArgMax', inputs: [scores] });
    expect(Array.from(await byDefault.data())).toEqual([1, 0, 2]);
    const [perExample] = runOp({ op: 'ArgMax', attrs: { axis: 1 }, inputs: [scores], staticShapes: [[null, 3]] });
    expect(perExample.dtype).toBe('int32');
    expect(Array.from(await perExample.data())).toEqual([1, 0, 2, 2]);
  });

  it('gives ties to the first position and handles int32', async () => {
    const [out] = run({ op: 'ArgMax', attrs: { axis: 1 }, inputs: [tf.tensor2d([[3, 5, 5], [2, 2, 2]], [2, 3], 'int32')] });
    expect(Array.from(await out.data())).toEqual([1, 0]);
  });
});
