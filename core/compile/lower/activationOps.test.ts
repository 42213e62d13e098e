import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AttrValue } from '../../graph/document.ts';
import type { Dim } from '../../graph/shape.ts';
import { useBackend } from '../../runtime/backend.ts';
import { expectTensorsClose, runOp } from '../../../test/opHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

/** Runs one op through the whole pipeline and compares it with the reference. */
async function check(op: string, x: tf.Tensor, expected: tf.Tensor, attrs: Record<string, AttrValue> = {}, staticShape?: Dim[] | null): Promise<void> {
  const [out] = runOp({ op, inputs: [x], attrs, staticShapes: staticShape === undefined ? undefined : [staticShape] });
  try {
    await expectTensorsClose(out, expected, 1e-5);
  } finally {
    tf.dispose([out, expected]);
  }
}

const rand = (shape: number[], seed: number) => tf.randomUniform(shape, -4, 4, 'float32', seed);
const SHAPES = [[6], [2, 3], [2, 2, 3]];
/** Far into both tails, where a naive formula overflows. */
const extremes = () => tf.tensor1d([-1000, -100, -30, -1, 0, 1, 30, 100, 1000]);

describe('activation lowerings', () => {
  const cases: [string, (x: tf.Tensor) => tf.Tensor][] = [
    ['Sigmoid', tf.sigmoid],
    ['Tanh', tf.tanh],
    ['Relu', tf.relu],
    ['Elu', tf.elu],
    ['LeakyRelu', (x) => tf.leakyRelu(x, 0.2)],
  ];
  for (const [op, fn] of cases) {
    it(`${op} matches TensorFlow.js on several shapes, ? dims and extremes included`, async () => {
      for (const [k, shape] of SHAPES.entries()) {
        const x = rand(shape, k);
        await check(op, x, fn(x));
      }
      const x = rand([3, 2], 9);
      await check(op, x, fn(x), {}, [null, 2]);
      const e = extremes();
      await check(op, e, fn(e));
    });
  }

  it('Sigmoid of large negative and positive inputs stays in [0, 1], rising, like 1/(1+e^-x)', async () => {
    const x = extremes();
    const [out] = runOp({ op: 'Sigmoid', inputs: [x] });
    const got = Array.from(await out.data());
    const xs = Array.from(await x.data());
    expect(got.every((v) => v >= 0 && v <= 1)).toBe(true);
    expect(got.every((v, i) => i === 0 || v >= got[i - 1])).toBe(true);
    got.forEach((v, i) => expect(v).toBeCloseTo(1 / (1 + Math.exp(-xs[i])), 6));
  });

  it('Relu on int32 equals max(x, 0)', async () => {
    const x = tf.randomUniform([2, 4], -9, 10, 'int32', 3);
    await check('Relu', x, tf.maximum(x, tf.scalar(0, 'int32')));
  });

  it('LeakyRelu uses its alpha attr: the course slope 0.1 gives max(0.1x, x)', async () => {
    const x = rand([2, 5], 4);
    await check('LeakyRelu', x, tf.leakyRelu(x, 0.1), { alpha: 0.1 });
    await check('LeakyRelu', x, tf.maximum(tf.mul(x, 0.1), x), { alpha: 0.1 });
  });

  it('Elu is x above 0 and e^x - 1 below', async () => {
    const x = rand([3, 3], 5);
    await check('Elu', x, tf.where(tf.greater(x, 0), x, tf.sub(tf.exp(x), 1)));
  });
});

describe('Softmax lowering', () => {
  /** Softmax written out with the max shift, along any axis. */
  const reference = (x: tf.Tensor, axis: number) => {
    const e = tf.exp(tf.sub(x, tf.max(x, axis, true)));
    return tf.div(e, tf.sum(e, axis, true));
  };

  it('matches tf.softmax on the last axis, ? batch included', async () => {
    const x = rand([2, 5], 6);
    await check('Softmax', x, tf.softmax(x));
    const batch = rand([3, 10], 7);
    await check('Softmax', batch, tf.softmax(batch), {}, [null, 10]);
  });

  it('works along every axis of a rank-3 tensor, negative axes too', async () => {
    const x = rand([2, 3, 4], 8);
    for (const axis of [0, 1, 2, -1, -3]) await check('Softmax', x, reference(x, axis < 0 ? axis + 3 : axis), { axis });
  });

  it('stays finite for huge logits and each row sums to 1', async () => {
    const x = tf.tensor2d([[1000, 1001, 1002], [-1000, 0, 1000]]);
    const [out] = runOp({ op: 'Softmax', inputs: [x] });
    const got = Array.from(await out.data());
    expect(got.every(Number.isFinite)).toBe(true);
    const sums = Array.from(await tf.sum(out, 1).data());
    sums.forEach((s) => expect(s).toBeCloseTo(1, 5));
    await expectTensorsClose(out, reference(x, 1));
  });

  it('names the node when an input of unknown rank is too small for the axis', () => {
    expect(() => runOp({ op: 'Softmax', inputs: [rand([2, 3], 9)], attrs: { axis: 3 }, staticShapes: [null] })).toThrow(
      /Softmax "op" failed: axis 3 is out of range for an input of shape \[2,3\]; set axis between -2 and 1/,
    );
  });
});
