import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../../runtime/backend.ts';
import type { Pair, Padding } from '../../../ops/window.ts';
import { filterGradWasm } from './convFilterGrad.ts';
import { conv2dOneChannel, filterGradOneChannel } from './convOneChannel.ts';

beforeAll(async () => {
  await useBackend('wasm');
});
afterAll(async () => {
  await useBackend('cpu');
});

/** The largest difference between two tensors, relative to the largest magnitude of the second. */
function relativeError(a: tf.Tensor, b: tf.Tensor): number {
  return tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0] / tf.max(tf.abs(b)).dataSync()[0]);
}

/** Runs `fn` on the cpu backend, whose Conv2DBackpropFilter is TF's loop, on copies of the inputs. */
async function onCpu(inputs: tf.Tensor[], fn: (...ts: tf.Tensor[]) => tf.Tensor): Promise<Float32Array> {
  const copies = inputs.map((t) => ({ values: t.dataSync(), shape: t.shape }));
  await useBackend('cpu');
  try {
    return tf.tidy(() => fn(...copies.map((c) => tf.tensor(c.values, c.shape)))).dataSync() as Float32Array;
  } finally {
    await useBackend('wasm');
  }
}

// MNIST's first layer; both paddings; widths that leave one to three pixels after the groups of four; other filter sizes.
const CASES: { x: [number, number, number, number]; f: [number, number, number, number]; pad: Padding }[] = [
  { x: [2, 28, 28, 1], f: [3, 3, 1, 32], pad: 'SAME' },
  { x: [3, 7, 9, 1], f: [3, 3, 1, 16], pad: 'VALID' },
  { x: [2, 5, 6, 1], f: [2, 3, 1, 8], pad: 'SAME' },
  { x: [2, 11, 13, 1], f: [5, 6, 1, 24], pad: 'SAME' },
  { x: [1, 6, 7, 1], f: [5, 3, 1, 8], pad: 'VALID' },
];
const ONE: Pair = [1, 1];

describe('one-channel convolution as SIMD passes on wasm', () => {
  for (const c of CASES) {
    const label = `x [${c.x}] f [${c.f}] ${c.pad}`;
    it(`Conv2D gives tf.conv2d's values (XNNPACK's), within float rounding: ${label}`, () => {
      const x = tf.randomNormal(c.x, 0, 1, 'float32', 1) as tf.Tensor4D;
      const f = tf.randomNormal(c.f, 0, 1, 'float32', 2) as tf.Tensor4D;
      const before = tf.memory().numTensors;
      const y = conv2dOneChannel(x, f, ONE, c.pad)!;
      expect(tf.memory().numTensors).toBe(before + 1);
      const expected = tf.conv2d(x, f, 1, c.pad === 'SAME' ? 'same' : 'valid');
      expect(y.shape).toEqual(expected.shape);
      expect(relativeError(y, expected)).toBeLessThan(1e-6);
      tf.dispose([x, f, y, expected]);
    });

    it(`Conv2DBackpropFilter gives TF's values (the cpu kernel) and the general pass's, within float rounding: ${label}`, async () => {
      const x = tf.randomNormal(c.x, 0, 1, 'float32', 3) as tf.Tensor4D;
      const dy = tf.randomNormal(tf.conv2d(x, tf.zeros(c.f) as tf.Tensor4D, 1, c.pad === 'SAME' ? 'same' : 'valid').shape, 0, 1, 'float32', 4) as tf.Tensor4D;
      const fits = c.f[1] % 3 === 0;
      const before = tf.memory().numTensors;
      const dw = filterGradOneChannel(x, dy, c.f, ONE, c.pad);
      if (!fits) {
        expect(dw).toBeUndefined();
        return;
      }
      expect(tf.memory().numTensors).toBe(before + 1);
      const cpu = await onCpu([x, dy], (xc, dyc) => tf.engine().runKernel('Conv2DBackpropFilter', { x: xc, dy: dyc }, { strides: ONE, pad: c.pad.toLowerCase(), dataFormat: 'NHWC', filterShape: c.f }) as tf.Tensor);
      const general = filterGradWasm(x, dy, c.f, ONE, c.pad)!;
      expect(dw!.shape).toEqual(c.f);
      expect(relativeError(dw!, tf.tensor(cpu, c.f))).toBeLessThan(1e-5);
      expect(relativeError(dw!, general)).toBeLessThan(1e-5);
      tf.dispose([x, dy, dw!, general]);
    });
  }

  it('leaves to the other kernels what does not fit: channels, output channels, strides', () => {
    const x2 = tf.zeros([1, 6, 6, 2]) as tf.Tensor4D;
    const x1 = tf.zeros([1, 6, 6, 1]) as tf.Tensor4D;
    expect(conv2dOneChannel(x2, tf.zeros([3, 3, 2, 8]) as tf.Tensor4D, ONE, 'SAME')).toBeUndefined();
    expect(conv2dOneChannel(x1, tf.zeros([3, 3, 1, 12]) as tf.Tensor4D, ONE, 'SAME')).toBeUndefined();
    expect(conv2dOneChannel(x1, tf.zeros([3, 3, 1, 8]) as tf.Tensor4D, [2, 2], 'SAME')).toBeUndefined();
    expect(filterGradOneChannel(x1, tf.zeros([1, 3, 3, 8]) as tf.Tensor4D, [3, 3, 1, 8], [2, 2], 'SAME')).toBeUndefined();
    tf.dispose([x1, x2]);
  });

  it('is absent on other backends', async () => {
    await useBackend('cpu');
    const x = tf.ones([1, 4, 4, 1]) as tf.Tensor4D;
    expect(conv2dOneChannel(x, tf.ones([3, 3, 1, 8]) as tf.Tensor4D, ONE, 'SAME')).toBeUndefined();
    await useBackend('wasm');
  });
});
