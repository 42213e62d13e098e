/**
 * MaxPool on wasm as one SIMD pass (maxPool.wat) for windows that tile the
 * image, such as 2x2 with stride 2, where XNNPACK's pooling moves memory at
 * half an elementwise Add's rate (bench/convSpeed.bench.ts).
 */
import * as tf from '@tensorflow/tfjs-core';
import { type Pair, type Padding, outSize, padAmounts } from '../../../ops/window.ts';
import * as maxPoolModule from './maxPoolWasm.ts';
import { activeWasm, addressOf, leaveToThreads, registerWasmKernel } from './wasmModules.ts';

const KERNEL = 'FlowboardMaxPool';

interface MaxPoolExports {
  maxPoolTiled(x: number, y: number, ...dims: number[]): void;
}

registerWasmKernel(KERNEL, ({ inputs: { x }, attrs }: { inputs: { x: tf.TensorInfo }; attrs?: tf.NamedAttrMap }) => {
  const { backend, exports } = activeWasm<MaxPoolExports>(maxPoolModule)!;
  const { window, before, out } = attrs as unknown as { window: Pair; before: Pair; out: Pair };
  const [n, h, w, c] = x.shape;
  const y = backend.makeOutput([n, ...out, c], 'float32');
  exports.maxPoolTiled(addressOf(backend, x), addressOf(backend, y), n, h, w, c, ...out, ...window, ...before);
  return y;
});

/** Whether windows as wide as their stride, starting `before` ahead of the image, cover it: then each input value lies in exactly one window. */
export function windowsTile([h, w]: Pair, [ho, wo]: Pair, window: Pair, strides: Pair, before: Pair): boolean {
  return window[0] === strides[0] && window[1] === strides[1] && ho * strides[0] - before[0] >= h && wo * strides[1] - before[1] >= w;
}

/**
 * tf.maxPool on wasm where the windows tile the image, or undefined where the
 * pass does not run (other windows, no wasm backend or SIMD, not float32) or
 * should not: on more than two threads XNNPACK splits the pooling across them.
 */
export function maxPoolWasm(x: tf.Tensor, window: Pair, strides: Pair, padding: Padding): tf.Tensor | undefined {
  if (x.rank !== 4 || x.dtype !== 'float32') return undefined;
  const wasm = activeWasm(maxPoolModule);
  if (!wasm || leaveToThreads(wasm.backend)) return undefined;
  const [, h, w] = x.shape;
  const out: Pair = [outSize(h, window[0], strides[0], padding)!, outSize(w, window[1], strides[1], padding)!];
  const before: Pair = [padAmounts(h, window[0], strides[0], padding)[0], padAmounts(w, window[1], strides[1], padding)[0]];
  if (out[0] < 1 || out[1] < 1 || !windowsTile([h, w], out, window, strides, before)) return undefined;
  return tf.engine().runKernel(KERNEL, { x }, { window, before, out } as unknown as tf.NamedAttrMap) as tf.Tensor;
}
