import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { testBothForms } from '../../../../test/bothWasmForms.ts';
import type { Pair, Padding } from '../../../ops/window.ts';
import { useBackend } from '../../../runtime/backend.ts';
import { filterGradWasm } from './convFilterGrad.ts';
import { setWasmForm } from './fusedForm.ts';

testBothForms();

/** TF's Conv2DBackpropFilter loop on the cpu backend, on copies of x and dy. */
async function cpuFilterGrad(x: tf.Tensor, dy: tf.Tensor, filterShape: number[], strides: Pair, padding: Padding): Promise<tf.Tensor> {
  const [xv, dyv] = [x.dataSync(), dy.dataSync()];
  await useBackend('cpu');
  try {
    const attrs = { strides, pad: padding.toLowerCase(), dataFormat: 'NHWC', filterShape };
    const values = tf.tidy(() => tf.engine().runKernel('Conv2DBackpropFilter', { x: tf.tensor(xv, x.shape), dy: tf.tensor(dyv, dy.shape) }, attrs) as tf.Tensor).dataSync();
    await useBackend('wasm');
    return tf.tensor(values, filterShape);
  } catch (e) {
    await useBackend('wasm');
    throw e;
  }
}

// mnist-cnn's second layer; strides 2; 5x5 VALID; three channels (27 rows of dW: the last tile of six or four is partial).
const CASES: { x: [number, number, number, number]; f: [number, number, number, number]; strides: Pair; padding: Padding }[] = [
  { x: [3, 14, 14, 32], f: [3, 3, 32, 64], strides: [1, 1], padding: 'SAME' },
  { x: [2, 9, 8, 8], f: [3, 3, 8, 16], strides: [2, 2], padding: 'SAME' },
  { x: [2, 9, 11, 4], f: [5, 5, 4, 8], strides: [1, 1], padding: 'VALID' },
  { x: [2, 6, 7, 3], f: [3, 3, 3, 8], strides: [1, 2], padding: 'SAME' },
];

describe('Conv2DBackpropFilter as a SIMD pass on wasm', () => {
  for (const form of ['plain', 'fma'] as const)
    for (const c of CASES)
      it(`gives TF's loop's values (${form} form): x [${c.x}], filter [${c.f}], strides ${c.strides}, ${c.padding}`, async () => {
        setWasmForm(form);
        const x = tf.randomNormal(c.x, 0, 1, 'float32', 1) as tf.Tensor4D;
        const y = tf.conv2d(x, tf.zeros(c.f) as tf.Tensor4D, c.strides, c.padding === 'SAME' ? 'same' : 'valid');
        const dy = tf.randomNormal(y.shape, 0, 1, 'float32', 2) as tf.Tensor4D;
        const dw = filterGradWasm(x, dy, c.f, c.strides, c.padding)!;
        const want = await cpuFilterGrad(x, dy, c.f, c.strides, c.padding);
        expect(dw.shape).toEqual(c.f);
        const error = tf.tidy(() => tf.max(tf.abs(tf.sub(dw, want))).dataSync()[0] / tf.max(tf.abs(want)).dataSync()[0]);
        expect(error).toBeLessThan(1e-5);
        tf.dispose([x, y, dy, dw, want]);
      });

  it('fuses in the fma form: its sums differ from the plain form', () => {
    const x = tf.randomNormal([2, 14, 14, 32], 0, 1, 'float32', 3) as tf.Tensor4D;
    const dy = tf.randomNormal([2, 14, 14, 64], 0, 1, 'float32', 4) as tf.Tensor4D;
    setWasmForm('plain');
    const plain = filterGradWasm(x, dy, [3, 3, 32, 64], [1, 1], 'SAME')!.dataSync();
    setWasmForm('fma');
    const fused = filterGradWasm(x, dy, [3, 3, 32, 64], [1, 1], 'SAME')!.dataSync();
    expect(plain.some((v, i) => v !== fused[i])).toBe(true);
  });
});
