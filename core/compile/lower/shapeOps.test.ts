import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AttrValue } from '../../graph/document.ts';
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

/** Distinct values in a known order, so a wrong layout cannot pass. */
const iota = (shape: number[]) => tf.reshape(tf.range(0, shape.reduce((a, b) => a * b, 1)), shape);

describe('Reshape lowering', () => {
  const cases: [number[], number[], number[]][] = [
    [[2, 3], [3, 2], [3, 2]],
    [[2, 3], [-1], [6]],
    [[4, 7, 7, 2], [-1, 98], [4, 98]],
    [[6], [1, -1, 2], [1, 3, 2]],
  ];
  for (const [from, target, expected] of cases) {
    it(`reshapes [${from}] to [${target}] like tf.reshape`, async () => {
      const x = iota(from);
      const [out] = run({ op: 'Reshape', attrs: { shape: target }, inputs: [x] });
      await expectTensorsClose(out, tf.reshape(x, expected));
    });
  }

  it('resolves -1 at run time behind a ? batch', async () => {
    const x = iota([5, 4, 4]);
    const [out] = runOp({ op: 'Reshape', attrs: { shape: [-1, 16] }, inputs: [x], staticShapes: [[null, 4, 4]] });
    expect(out.shape).toEqual([5, 16]);
    await expectTensorsClose(out, tf.reshape(x, [5, 16]));
  });

  it('fails at run time naming the node when the fed batch does not fit', () => {
    expect(() => runOp({ op: 'Reshape', attrs: { shape: [4, -1] }, inputs: [iota([3, 3])], staticShapes: [[null, 3]] })).toThrow(/Reshape "op" failed/);
  });
});

describe('Squeeze lowering', () => {
  const cases: [number[], AttrValue][] = [
    [[1, 3, 1], null],
    [[1, 3, 1], [0]],
    [[1, 3, 1], [-1]],
    [[4, 1], [1]],
    [[1, 1], []],
  ];
  for (const [shape, axis] of cases) {
    it(`squeezes [${shape}] on ${JSON.stringify(axis)} like tf.squeeze`, async () => {
      const x = iota(shape);
      const [out] = run({ op: 'Squeeze', attrs: { axis }, inputs: [x] });
      await expectTensorsClose(out, tf.squeeze(x, axis === null ? undefined : (axis as number[])));
    });
  }
});

describe('ExpandDims lowering', () => {
  for (const [shape, axis] of [[[3], 0], [[3], 1], [[3], -1], [[2, 3], 1], [[2, 3], -3]] as [number[], number][]) {
    it(`inserts a 1 into [${shape}] at ${axis} like tf.expandDims`, async () => {
      const x = iota(shape);
      const [out] = run({ op: 'ExpandDims', attrs: { axis }, inputs: [x] });
      await expectTensorsClose(out, tf.expandDims(x, axis));
    });
  }
});

describe('Transpose lowering', () => {
  const cases: [number[], number[] | null][] = [
    [[2, 3], null],
    [[2, 3], [1, 0]],
    [[2, 3, 4], null],
    [[2, 3, 4, 5], [0, 3, 1, 2]],
  ];
  for (const [shape, perm] of cases) {
    it(`transposes [${shape}] by ${JSON.stringify(perm)} like tf.transpose`, async () => {
      const x = iota(shape);
      const [out] = run({ op: 'Transpose', attrs: { perm }, inputs: [x] });
      await expectTensorsClose(out, tf.transpose(x, perm ?? undefined));
    });
  }

  it('swaps rows and columns of a small matrix', async () => {
    const [out] = run({ op: 'Transpose', attrs: { perm: [1, 0] }, inputs: [tf.tensor2d([[1, 2, 3], [4, 5, 6]])] });
    expect(await out.array()).toEqual([[1, 4], [2, 5], [3, 6]]);
  });
});

describe('Concat lowering', () => {
  const cases: [number[][], number][] = [
    [[[2, 3], [4, 3]], 0],
    [[[2, 3], [2, 5], [2, 1]], 1],
    [[[2, 3], [2, 5]], -1],
    [[[3]], 0],
    [[[1, 2, 2], [1, 2, 3]], 2],
  ];
  for (const [shapes, axis] of cases) {
    it(`joins ${JSON.stringify(shapes)} on axis ${axis} like tf.concat`, async () => {
      const xs = shapes.map((s, i) => tf.add(iota(s), 100 * i));
      const [out] = run({ op: 'Concat', attrs: { axis }, inputs: xs });
      await expectTensorsClose(out, tf.concat(xs, axis));
    });
  }

  it('joins int32 and a ? batch', async () => {
    const a = tf.tensor2d([[1], [2]], [2, 1], 'int32');
    const b = tf.tensor2d([[3], [4]], [2, 1], 'int32');
    const [out] = runOp({ op: 'Concat', attrs: { axis: 1 }, inputs: [a, b], staticShapes: [[null, 1], [null, 1]] });
    await expectTensorsClose(out, tf.tensor2d([[1, 3], [2, 4]], [2, 2], 'int32'));
  });
});

describe('Stack lowering', () => {
  const cases: [number[], number, number][] = [
    [[2], 3, 0],
    [[2], 3, 1],
    [[2, 3], 2, -1],
    [[], 4, 0],
  ];
  for (const [shape, count, axis] of cases) {
    it(`stacks ${count} x [${shape}] on axis ${axis} like tf.stack`, async () => {
      const xs = Array.from({ length: count }, (_, i) => tf.add(iota(shape), 10 * i));
      const [out] = run({ op: 'Stack', attrs: { axis }, inputs: xs });
      await expectTensorsClose(out, tf.stack(xs, axis));
    });
  }
});

describe('OneHot lowering', () => {
  /** The one-hot rows written out by hand. */
  async function reference(indices: tf.Tensor, depth: number, on: number, off: number): Promise<tf.Tensor> {
    const values = Array.from(await indices.data()).flatMap((k) => Array.from({ length: depth }, (_, j) => (j === k ? on : off)));
    return tf.tensor(values, [...indices.shape, depth], 'float32');
  }

  const cases: [number[], number[], number, number, number][] = [
    [[0, 2, 1], [3], 3, 1, 0],
    [[0, 9, 3, 3], [2, 2], 10, 1, 0],
    [[0, 2, -1, 5], [4], 3, 0.5, -1],
    [[0, 1, 0], [3], 1, 1, 0],
    [[4], [], 5, 1, 0],
  ];
  for (const [values, shape, depth, on, off] of cases) {
    it(`one-hots ${JSON.stringify(values)} with depth ${depth}, on ${on}, off ${off}`, async () => {
      const indices = tf.tensor(values, shape, 'int32');
      const [out] = run({ op: 'OneHot', attrs: { depth, onValue: on, offValue: off }, inputs: [indices] });
      await expectTensorsClose(out, await reference(indices, depth, on, off));
    });
  }

  it('matches tf.oneHot cast to float32 on MNIST-like labels behind a ? batch', async () => {
    const labels = tf.tensor1d([7, 2, 1, 0, 4, 1, 4, 9], 'int32');
    const [out] = runOp({ op: 'OneHot', attrs: { depth: 10 }, inputs: [labels], staticShapes: [[null]] });
    await expectTensorsClose(out, tf.cast(tf.oneHot(labels, 10), 'float32'));
  });
});

describe('Shape and Rank lowerings', () => {
  it('Shape gives the run-time sizes, the batch behind a ? included', async () => {
    const [out] = runOp({ op: 'Shape', inputs: [iota([5, 4, 3])], staticShapes: [[null, 4, 3]] });
    expect([out.dtype, out.shape, Array.from(await out.data())]).toEqual(['int32', [3], [5, 4, 3]]);
    const [scalar] = run({ op: 'Shape', inputs: [tf.scalar(1)] });
    expect([scalar.shape, scalar.size]).toEqual([[0], 0]);
  });
  it('Rank counts the dimensions', async () => {
    const [out] = run({ op: 'Rank', inputs: [iota([2, 2, 3])] });
    expect([out.dtype, out.shape, Array.from(await out.data())]).toEqual(['int32', [], [3]]);
    const [ofInt] = run({ op: 'Rank', inputs: [tf.tensor1d([1, 2], 'int32')] });
    expect(Array.from(await ofInt.data())).toEqual([1]);
  });
});
