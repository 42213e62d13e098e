import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, it } from 'vitest';
import type { AttrValue } from '../../graph/document.ts';
import type { Dim } from '../../graph/shape.ts';
import { useBackend } from '../../runtime/backend.ts';
import { expectTensorsClose, runOp } from '../../../test/opHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

/** Runs one op through the whole pipeline and compares it with the reference. */
async function check(op: string, inputs: tf.Tensor[], expected: tf.Tensor, attrs: Record<string, AttrValue> = {}, staticShapes?: (Dim[] | null)[]): Promise<void> {
  const [out] = runOp({ op, inputs, attrs, staticShapes });
  try {
    await expectTensorsClose(out, expected, 0);
  } finally {
    tf.dispose([out, expected]);
  }
}

/** Small whole numbers, so equal pairs actually occur. */
const ints = (shape: number[], seed: number) => tf.randomUniform(shape, 0, 3, 'int32', seed);
/** The reference computed element by element in JavaScript. */
const mapped = async (x: tf.Tensor, dtype: 'float32' | 'int32' | 'bool', fn: (v: number) => number | boolean) =>
  tf.tensor(Array.from(await x.data(), (v) => Number(fn(v))), x.shape, dtype);

const PAIRS: [number[], number[]][] = [[[2, 3], [2, 3]], [[2, 3], [3]], [[3, 1], [1, 4]], [[], [2, 2]]];
const COMPARE: Record<string, (x: tf.Tensor, y: tf.Tensor) => tf.Tensor> = { Greater: tf.greater, Less: tf.less, Equal: tf.equal };

describe('comparison lowerings', () => {
  for (const [op, fn] of Object.entries(COMPARE)) {
    it(`${op} matches TensorFlow.js on float32 and int32 with broadcasting`, async () => {
      for (const [k, [xs, ys]] of PAIRS.entries()) {
        const x = ints(xs, k);
        const y = ints(ys, k + 50);
        await check(op, [x, y], fn(x, y));
        const [fx, fy] = [tf.cast(x, 'float32'), tf.cast(y, 'float32')];
        await check(op, [fx, fy], fn(fx, fy));
      }
      const x = tf.randomUniform([4, 3], -1, 1, 'float32', 9);
      const y = tf.randomUniform([3], -1, 1, 'float32', 10);
      await check(op, [x, y], fn(x, y), {}, [[null, 3], [3]]);
    });
  }

  it('Equal compares bools, broadcasting, as not-xor', async () => {
    const x = tf.tensor2d([[true, false], [false, true]], [2, 2], 'bool');
    const y = tf.tensor1d([true, false], 'bool');
    await check('Equal', [x, y], tf.equal(x, y));
    await check('Equal', [x, y], tf.logicalNot(tf.logicalXor(x, y)));
  });
});

describe('Cast lowering', () => {
  const floats = () => tf.tensor2d([[-1.7, -0.5, 0, -0], [0.5, 1.7, 2.9, 256]]);

  it('truncates floats toward zero when casting to int32 (-1.7 -> -1)', async () => {
    const x = floats();
    await check('Cast', [x], await mapped(x, 'int32', Math.trunc), { dtype: 'int32' });
  });

  it('makes every nonzero number true when casting to bool, 0.5 and 256 included', async () => {
    const x = floats();
    await check('Cast', [x], await mapped(x, 'bool', (v) => v !== 0), { dtype: 'bool' });
    const i = tf.tensor1d([0, 256, -1, 3], 'int32');
    await check('Cast', [i], await mapped(i, 'bool', (v) => v !== 0), { dtype: 'bool' });
  });

  it('turns bool into 1 and 0, as float32 (the default) or int32', async () => {
    const b = tf.tensor1d([true, false, true], 'bool');
    await check('Cast', [b], await mapped(b, 'float32', (v) => (v ? 1 : 0)));
    await check('Cast', [b], tf.cast(b, 'int32'), { dtype: 'int32' });
  });

  it('matches tf.cast from int32 to float32 and for a cast to the same dtype', async () => {
    const i = tf.randomUniform([2, 3], -50, 50, 'int32', 1);
    await check('Cast', [i], tf.cast(i, 'float32'), { dtype: 'float32' }, [[null, 3]]);
    const x = floats();
    await check('Cast', [x], x.clone(), { dtype: 'float32' });
  });
});

describe('OnesLike and ZerosLike lowerings', () => {
  const inputs = () => [tf.randomNormal([2, 3], 0, 1, 'float32', 2), tf.tensor1d([4, -5, 6], 'int32'), tf.tensor2d([[true], [false]], [2, 1], 'bool')];
  for (const [op, fn, fill] of [['OnesLike', tf.onesLike, 1], ['ZerosLike', tf.zerosLike, 0]] as const) {
    it(`${op} keeps x's shape and dtype for float32, int32 and bool, ? dims included`, async () => {
      for (const x of inputs()) {
        await check(op, [x], fn(x));
        await check(op, [x], tf.fill(x.shape, fill, x.dtype), {}, [x.shape.map(() => null)]);
      }
    });
  }
});
