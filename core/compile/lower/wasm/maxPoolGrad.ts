/**
 * MaxPoolGrad on wasm as one SIMD pass (maxPoolGrad.wat). The wasm backend's
 * own MaxPoolGrad kernel (tfjs 4.22) starts each window's maximum at 0, so
 * the gradient of an all-negative window lands on the wrong element; the JS
 * loop that replaced it (maxPoolGradLoop.ts) is right but copies both tensors
 * out of the backend's memory and took 140 of mnist-cnn's 260 ms a step.
 * Windows that tile the image (2x2 windows with stride 2) take a pass of
 * their own that writes each window whole, with no fill or scatter.
 */
import * as tf from '@tensorflow/tfjs-core';
import { type Pair, type Padding, padAmounts } from '../../../ops/window.ts';
import * as maxPoolGradModule from './maxPoolGradWasm.ts';
import { windowsTile } from './maxPool.ts';
import { activeWasm, addressOf, registerWasmKernel } from './wasmModules.ts';

const KERNEL = 'FlowboardMaxPoolGrad';

interface MaxPoolGradExports {
  maxPoolGrad(x: number, dy: number, dx: number, ...dims: number[]): void;
  maxPoolGradTiled(x: number, dy: number, dx: number, ...dims: number[]): void;
}

interface Attrs {
  window: Pair;
  strides: Pair;
  /** Rows and columns of padding before the image (SAME), 0 for VALID. */
  before: Pair;
  /** The windows do not overlap and cover the image: each input value is in exactly one. */
  tiled: boolean;
}

registerWasmKernel(KERNEL, ({ inputs: { x, dy }, attrs }: { inputs: { x: tf.TensorInfo; dy: tf.TensorInfo }; attrs?: tf.NamedAttrMap }) => {
  const { backend, exports } = activeWasm<MaxPoolGradExports>(maxPoolGradModule)!;
  const { window, strides, before, tiled } = attrs as unknown as Attrs;
  const dx = backend.makeOutput(x.shape, 'float32');
  const [n, h, w, c] = x.shape;
  const [, ho, wo] = dy.shape;
  const pointers = [addressOf(backend, x), addressOf(backend, dy), addressOf(backend, dx)] as const;
  if (tiled) exports.maxPoolGradTiled(...pointers, n, h, w, c, ho, wo, ...window, ...before);
  else exports.maxPoolGrad(...pointers, n, h, w, c, ho, wo, ...window, ...strides, ...before);
  return dx;
});

/** dx of a max-pool on wasm, or undefined where the module cannot run (no wasm backend, no SIMD, not float32); `tiles` false keeps to the general pass (for comparing them). */
export function maxPoolGradWasm(x: tf.Tensor, dy: tf.Tensor, window: Pair, strides: Pair, padding: Padding, tiles = true): tf.Tensor | undefined {
  if (!activeWasm(maxPoolGradModule) || x.dtype !== 'float32' || dy.dtype !== 'float32' || x.rank !== 4) return undefined;
  const [, h, w] = x.shape;
  const [, ho, wo] = dy.shape;
  const before: Pair = [padAmounts(h, window[0], strides[0], padding)[0], padAmounts(w, window[1], strides[1], padding)[0]];
  const tiled = tiles && windowsTile([h, w], [ho, wo], window, strides, before);
  return tf.engine().runKernel(KERNEL, { x, dy }, { window, strides, before, tiled } as unknown as tf.NamedAttrMap) as tf.Tensor;
}
