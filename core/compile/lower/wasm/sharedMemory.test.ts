import { setFlagsFromString } from 'node:v8';
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endWasmThreads, setWasmThreads, useBackend, wasmThreadCount } from '../../../runtime/backend.ts';
import { filterGradByCorrelation } from '../convFilterGrad.ts';
import { maxPoolGradLoop } from '../maxPoolGradLoop.ts';
import { adam, adamOpByOp, adamStepSize } from '../optimizers/Adam.ts';
import { OPTIMIZER_ATTRS, type OptimizerSettings } from '../../../ops/optimizerAttrs.ts';
import { filterGradWasm } from './convFilterGrad.ts';
import { maxPoolGradWasm } from './maxPoolGrad.ts';
import { transposeWasm } from './transpose.ts';
import { gatherRowsWasm } from './gatherRows.ts';
import { conv2dOneChannel, filterGradOneChannel } from './convOneChannel.ts';
import { maxPoolWasm } from './maxPool.ts';
import { leaveToThreads, type WasmBackend } from './wasmModules.ts';
import { padToWindows } from './windowPad.ts';
import { setWasmForm } from './fusedForm.ts';
import { matMulForm, matMulWasm } from './matMul.ts';
import { conv2dWasm } from './conv2d.ts';

// The product's fused form (Chromium's) needs relaxed SIMD, which Node 20 validates only with this flag.
setFlagsFromString('--experimental-wasm-relaxed-simd');

/**
 * The hand-written kernels on tfjs-wasm's threaded build, whose memory is
 * shared: each module's shared variant must instantiate on it and compute
 * what the single-threaded build does. Vitest runs this file in a process of
 * its own, so wasm starts threaded here.
 */
beforeAll(async () => {
  setWasmThreads(2);
  await useBackend('wasm');
});
afterAll(() => {
  endWasmThreads();
});

const DEFAULTS = Object.fromEntries(Object.entries(OPTIMIZER_ATTRS).map(([k, spec]) => [k, spec.default])) as unknown as OptimizerSettings;

describe('wasm kernels on the threaded build', () => {
  it('runs on two threads over a shared memory', async () => {
    expect(await wasmThreadCount()).toBe(2);
    const memory = (tf.backend() as unknown as { wasm: { wasmMemory: WebAssembly.Memory } }).wasm.wasmMemory;
    expect(memory.buffer).toBeInstanceOf(SharedArrayBuffer);
  });

  it('gives the fused Adam the op-by-op bits', () => {
    const value = tf.randomNormal([1001], 0, 1, 'float32', 1);
    const gradient = tf.randomNormal([1001], 0, 1, 'float32', 2);
    const slots = new Map([['m', tf.variable(tf.zeros([1001]), false)], ['v', tf.variable(tf.zeros([1001]), false)]]);
    const [m, v] = [tf.variable(tf.zeros([1001]), false), tf.variable(tf.zeros([1001]), false)];
    const [fused, ops] = tf.tidy(() => [
      adam({ value, gradient, slots, settings: DEFAULTS, t: 1 }),
      adamOpByOp(value, gradient, m, v, adamStepSize(DEFAULTS.learningRate, DEFAULTS.beta1, DEFAULTS.beta2, 1), DEFAULTS.beta1, DEFAULTS.beta2, DEFAULTS.epsilon),
    ]);
    expect(fused.dataSync()).toEqual(ops.dataSync());
    expect(slots.get('v')!.dataSync()).toEqual(v.dataSync());
    tf.dispose([value, gradient, fused, ops, m, v, ...slots.values()]);
  });

  it('gives MaxPoolGrad and Conv2DBackpropFilter the results of the other formulations', () => {
    const x = tf.randomNormal([8, 14, 14, 32], 0, 1, 'float32', 3) as tf.Tensor4D;
    const dy = tf.randomNormal([8, 7, 7, 32], 0, 1, 'float32', 4) as tf.Tensor4D;
    expect(maxPoolGradWasm(x, dy, [2, 2], [2, 2], 'SAME')!.dataSync()).toEqual(maxPoolGradLoop(x, dy, [2, 2], [2, 2], 'SAME').dataSync());
    const dyConv = tf.randomNormal([8, 14, 14, 64], 0, 1, 'float32', 5) as tf.Tensor4D;
    const simd = filterGradWasm(x, dyConv, [3, 3, 32, 64], [1, 1], 'SAME')!;
    const xnnpack = filterGradByCorrelation(x, dyConv, [3, 3, 32, 64], [1, 1], 'SAME');
    expect(tf.max(tf.abs(tf.sub(simd, xnnpack))).dataSync()[0]).toBeLessThan(1e-3);
  });

  it('gives the one-channel filter gradient and the padding the results of the general pass and tf.pad', () => {
    const x = tf.randomNormal([4, 28, 28, 1], 0, 1, 'float32', 7) as tf.Tensor4D;
    const dy = tf.randomNormal([4, 28, 28, 32], 0, 1, 'float32', 9) as tf.Tensor4D;
    const dw = filterGradOneChannel(x, dy, [3, 3, 1, 32], [1, 1], 'SAME')!;
    expect(tf.max(tf.abs(tf.sub(dw, filterGradWasm(x, dy, [3, 3, 1, 32], [1, 1], 'SAME')!))).dataSync()[0]).toBeLessThan(1e-3);
    expect(padToWindows(x, [3, 3], [1, 1], [28, 28], 'SAME').dataSync()).toEqual(tf.pad(x, [[0, 0], [1, 1], [1, 1], [0, 0]]).dataSync());
  });

  it("gives the product, the one-channel Conv2D and MaxPool tfjs's values on two threads, and leaves them to XNNPACK on more", () => {
    const [a, b] = [tf.randomNormal([100, 784], 0, 1, 'float32', 10), tf.randomNormal([784, 256], 0, 1, 'float32', 11)];
    for (const form of ['plain', 'fma'] as const) {
      setWasmForm(form);
      expect(matMulForm()).toBe(form);
      expect(tf.max(tf.abs(tf.sub(matMulWasm(a, b)!, tf.matMul(a, b)))).dataSync()[0]).toBeLessThan(1e-4);
      const [xs, fs] = [tf.randomNormal([2, 14, 14, 32], 0, 1, 'float32', 12) as tf.Tensor4D, tf.randomNormal([3, 3, 32, 64], 0, 1, 'float32', 13) as tf.Tensor4D];
      expect(tf.max(tf.abs(tf.sub(conv2dWasm(xs, fs, [1, 1], 'SAME')!, tf.conv2d(xs, fs, 1, 'same')))).dataSync()[0]).toBeLessThan(1e-4);
    }
    setWasmForm(undefined);
    const x = tf.randomNormal([4, 28, 28, 1], 0, 1, 'float32', 7) as tf.Tensor4D;
    const f = tf.randomNormal([3, 3, 1, 32], 0, 1, 'float32', 8) as tf.Tensor4D;
    const y = conv2dOneChannel(x, f, [1, 1], 'SAME')!;
    expect(tf.max(tf.abs(tf.sub(y, tf.conv2d(x, f, 1, 'same')))).dataSync()[0]).toBeLessThan(1e-5);
    expect(maxPoolWasm(y, [2, 2], [2, 2], 'SAME')!.dataSync()).toEqual(tf.maxPool(y as tf.Tensor4D, 2, 2, 'same').dataSync());
    const pool = (threads: number) => ({ wasm: { tfjs: { getThreadsCount: () => threads } } }) as unknown as WasmBackend;
    expect([1, 2, 3, 8].map((n) => leaveToThreads(pool(n)))).toEqual([false, false, true, true]);
  });

  it("gives a matrix's transpose tf.transpose's values", () => {
    const w = tf.randomNormal([37, 258], 0, 1, 'float32', 6);
    expect(transposeWasm(w)!.dataSync()).toEqual(tf.transpose(w).dataSync());
  });

  it("gathers a mini-batch's rows into the shared memory", () => {
    const data = { values: Float32Array.from({ length: 40 }, (_, i) => i), shape: [10, 4] };
    expect(Array.from(gatherRowsWasm(data, Int32Array.from([9, 2]))!.dataSync())).toEqual([36, 37, 38, 39, 8, 9, 10, 11]);
  });
});
