import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dim } from '../../graph/shape.ts';
import { useBackend } from '../../runtime/backend.ts';
import { expectTensorsClose, runOp } from '../../../test/opHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

/** Runs one op through the whole pipeline and compares it with the reference. */
async function check(op: string, inputs: tf.Tensor[], expected: tf.Tensor, staticShapes?: (Dim[] | null)[]): Promise<void> {
  const [out] = runOp({ op, inputs, staticShapes });
  try {
    await expectTensorsClose(out, expected, 1e-5);
  } finally {
    tf.dispose([out, expected, ...inputs]);
  }
}

const rand = (shape: number[], seed: number, lo = -3, hi = 3) => tf.randomUniform(shape, lo, hi, 'float32', seed);
const ints = (shape: number[], seed: number) => tf.randomUniform(shape, -9, 10, 'int32', seed);
/** An int op checked through float math, so an int32 kernel is not compared with itself. */
const viaFloat = (fn: (...t: tf.Tensor[]) => tf.Tensor, ...t: tf.Tensor[]) => tf.cast(fn(...t.map((x) => tf.cast(x, 'float32'))), 'int32');

const PAIRS: [number[], number[]][] = [[[2, 3], [2, 3]], [[2, 3], [3]], [[3], [2, 3]], [[3, 1], [1, 4]], [[], [2, 2]], [[2, 1, 3], [4, 1]]];
const BINARY: Record<string, (x: tf.Tensor, y: tf.Tensor) => tf.Tensor> = { Add: tf.add, Sub: tf.sub, Mul: tf.mul, Div: tf.div, Maximum: tf.maximum, Minimum: tf.minimum };

describe('binary arithmetic lowerings', () => {
  for (const [op, fn] of Object.entries(BINARY)) {
    it(`${op} matches TensorFlow.js on broadcasting shapes`, async () => {
      for (const [k, [xs, ys]] of PAIRS.entries()) {
        const x = rand(xs, k);
        // Keep the divisor away from zero; the other ops take either sign.
        const y = op === 'Div' ? rand(ys, k + 100, 0.5, 3) : rand(ys, k + 100);
        await check(op, [x, y], fn(x, y));
      }
    });

    it(`${op} runs with ? dims: [?,3] and [3]`, async () => {
      const x = rand([4, 3], 7);
      const y = rand([3], 8, 0.5, 3);
      await check(op, [x, y], fn(x, y), [[null, 3], [3]]);
    });
  }

  for (const op of ['Add', 'Sub', 'Mul', 'Maximum', 'Minimum']) {
    it(`${op} on int32 equals the float computation`, async () => {
      const x = ints([2, 3], 1);
      const y = ints([3], 2);
      await check(op, [x, y], viaFloat(BINARY[op], x, y));
    });
  }
});

describe('Pow lowering', () => {
  it('matches TensorFlow.js on positive bases, broadcasting, and ? dims', async () => {
    for (const [k, [xs, ys]] of PAIRS.entries()) {
      const x = rand(xs, k, 0.5, 3);
      const y = rand(ys, k + 100);
      await check('Pow', [x, y], tf.pow(x, y));
    }
    const x = rand([4, 3], 7, 0.5, 3);
    const y = rand([3], 8);
    await check('Pow', [x, y], tf.pow(x, y), [[null, 3], [3]]);
  });
});

describe('unary math lowerings', () => {
  const cases: [string, (x: tf.Tensor) => tf.Tensor, number, number][] = [
    ['Neg', tf.neg, -3, 3],
    ['Abs', tf.abs, -3, 3],
    ['Square', tf.square, -3, 3],
    ['Sqrt', tf.sqrt, 0, 9],
    ['Exp', tf.exp, -5, 5],
    ['Log', tf.log, 0.01, 10],
    ['StopGradient', (x) => x.clone(), -3, 3],
  ];
  for (const [op, fn, lo, hi] of cases) {
    it(`${op} matches TensorFlow.js on several shapes, one of unknown rank`, async () => {
      for (const [k, shape] of [[5], [2, 3], [2, 2, 2]].entries()) {
        const x = rand(shape, k + 10, lo, hi);
        await check(op, [x], fn(x));
      }
      const x = rand([3, 2], 20, lo, hi);
      await check(op, [x], fn(x), [null]);
    });
  }

  it('Neg and Square on int32 equal the float computation', async () => {
    const x = ints([2, 4], 3);
    await check('Neg', [x], viaFloat(tf.neg, x));
    const y = ints([2, 4], 4);
    await check('Square', [y], viaFloat(tf.square, y));
  });

  it('Log of tiny and huge positive values is finite and matches Math.log', async () => {
    const values = [1e-30, 1e-3, 1, 10, 1e30];
    const [out] = runOp({ op: 'Log', inputs: [tf.tensor1d(values)] });
    const got = Array.from(await out.data());
    expect(got.every(Number.isFinite)).toBe(true);
    got.forEach((v, i) => expect(v).toBeCloseTo(Math.log(values[i]), 4));
    await expectTensorsClose(out, tf.log(tf.tensor1d(values)));
  });

  it('Sqrt of non-negative values, zero included, matches Math.sqrt', async () => {
    const values = [0, 1e-8, 0.25, 2, 1e8];
    const [out] = runOp({ op: 'Sqrt', inputs: [tf.tensor1d(values)] });
    const got = Array.from(await out.data());
    got.forEach((v, i) => expect(v).toBeCloseTo(Math.sqrt(values[i]), 4));
    await expectTensorsClose(out, tf.sqrt(tf.tensor1d(values)));
  });

  it('Exp of large negative inputs underflows to 0, never NaN', async () => {
    const x = tf.tensor1d([-1000, -100, -20, 0, 20]);
    const [out] = runOp({ op: 'Exp', inputs: [x] });
    const got = Array.from(await out.data());
    expect(got.every((v) => v >= 0 && Number.isFinite(v))).toBe(true);
    expect(got[0]).toBe(0);
    await expectTensorsClose(out, tf.exp(x));
  });
});

describe('AddN lowering', () => {
  it('sums one, two and three tensors like tf.addN and like chained adds', async () => {
    for (const n of [1, 2, 3]) {
      const xs = Array.from({ length: n }, (_, i) => rand([2, 3], 30 + i));
      await check('AddN', xs.map((x) => x.clone()), tf.addN(xs));
      await check('AddN', xs, xs.reduce((a, b) => tf.add(a, b)));
    }
  });

  it('sums int32 tensors with ? dims', async () => {
    const xs = [ints([3, 2], 5), ints([3, 2], 6), ints([3, 2], 7)];
    await check('AddN', xs, viaFloat((...t) => t.reduce((a, b) => tf.add(a, b)), ...xs), [[null, 2], [3, null], null]);
  });
});
