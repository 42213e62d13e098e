/**
 * Conv2D on wasm as a direct SIMD pass (conv2d.wat, conv2dFma.wat where the
 * engine validates relaxed SIMD): a matrix product over the output pixels that
 * reads each window where it lies, where XNNPACK's convolution runs at about
 * three quarters of the product pass's speed (bench/convSpeed.bench.ts); and
 * the input gradient of a stride-1 convolution as the same pass over dy with
 * the filter flipped. On one thread, so it stands aside
 * where the backend has more than two.
 */
import * as tf from '@tensorflow/tfjs-core';
import { type Pair, type Padding, outSize } from '../../../ops/window.ts';
import * as fmaModule from './conv2dFmaWasm.ts';
import * as plainModule from './conv2dWasm.ts';
import { activeForm, type Form } from './fusedForm.ts';
import { activeWasm, addressOf, leaveToThreads, registerWasmKernel } from './wasmModules.ts';
import { inputGradPads, padImages, padToWindows } from './windowPad.ts';

const FORWARD = 'FlowboardConv2D';
const FLIP = 'FlowboardFlipFilter';
const FORMS = { fma: fmaModule, plain: plainModule };

interface ConvExports {
  forward(x: number, f: number, y: number, ...dims: number[]): void;
}
interface FlipExports {
  flipFilter(f: number, out: number, kh: number, kw: number, c: number, co: number): void;
}

registerWasmKernel(FORWARD, ({ inputs: { x, f }, attrs }: { inputs: { x: tf.TensorInfo; f: tf.TensorInfo }; attrs?: tf.NamedAttrMap }) => {
  const { backend, exports } = activeForm<ConvExports>(FORMS)!;
  const { outShape, strides } = attrs as unknown as { outShape: number[]; strides: Pair };
  const y = backend.makeOutput(outShape, 'float32');
  const [n, hp, wp, c] = x.shape;
  const [, ho, wo, co] = outShape;
  exports.forward(addressOf(backend, x), addressOf(backend, f), addressOf(backend, y), n, hp, wp, c, ho, wo, co, f.shape[0], f.shape[1], ...strides);
  return y;
});

registerWasmKernel(FLIP, ({ inputs: { f } }: { inputs: { f: tf.TensorInfo } }) => {
  const { backend, exports } = activeWasm<FlipExports>(plainModule)!;
  const [kh, kw, c, co] = f.shape;
  const out = backend.makeOutput([kh, kw, co, c], 'float32');
  exports.flipFilter(addressOf(backend, f), addressOf(backend, out), kh, kw, c, co);
  return out;
});

/** Which form the pass takes on the active backend now, or undefined where it cannot run. */
export function conv2dForm(): Form | undefined {
  return activeForm(FORMS)?.form;
}

/** Whether the pass can and should run here: output channels in eights, float32, wasm with SIMD, at most two threads. */
function usable(co: number, ...ts: tf.Tensor[]): boolean {
  if (co % 8 !== 0 || ts.some((t) => t.dtype !== 'float32')) return false;
  const wasm = activeForm(FORMS);
  return wasm !== undefined && !leaveToThreads(wasm.backend);
}

/** The pass over an x padded so that every window lies inside it. */
function forward(padded: tf.Tensor4D, f: tf.Tensor4D, strides: Pair, outShape: number[]): tf.Tensor {
  return tf.engine().runKernel(FORWARD, { x: padded, f }, { outShape, strides } as unknown as tf.NamedAttrMap) as tf.Tensor;
}

/**
 * tf.conv2d(x, f) on wasm, or undefined where the pass cannot run (output
 * channels not in eights, not float32, no wasm backend or SIMD) or should
 * not: on more than two threads XNNPACK splits the convolution across them.
 */
export function conv2dWasm(x: tf.Tensor4D, f: tf.Tensor4D, strides: Pair, padding: Padding): tf.Tensor | undefined {
  const [kh, kw, , co] = f.shape;
  if (!usable(co, x, f)) return undefined;
  const [n, h, w] = x.shape;
  const [ho, wo] = [outSize(h, kh, strides[0], padding)!, outSize(w, kw, strides[1], padding)!];
  if (ho < 1 || wo < 1) return undefined;
  const padded = padToWindows(x, [kh, kw], strides, [ho, wo], padding);
  const y = forward(padded, f, strides, [n, ho, wo, co]);
  if (padded !== x) padded.dispose();
  return y;
}

/**
 * dx of a stride-1 convolution on wasm: the pass over dy padded so that each
 * input pixel sees every output its window reached, with the flipped filter.
 * Undefined where the pass cannot run (x's channels not in eights, as above).
 */
export function inputGradWasm(xShape: readonly number[], f: tf.Tensor4D, dy: tf.Tensor4D, padding: Padding): tf.Tensor | undefined {
  const [n, h, w, c] = xShape;
  if (!usable(c, f, dy)) return undefined;
  const flipped = flipFilterWasm(f)!;
  const padded = padImages(dy, inputGradPads(xShape, f.shape, dy.shape, padding));
  const dx = forward(padded, flipped, [1, 1], [n, h, w, c]);
  tf.dispose([flipped, ...(padded === dy ? [] : [padded])]);
  return dx;
}

/** f [kh, kw, c, co] turned half a circle in space with its channels swapped, [kh, kw, co, c]; undefined off wasm. */
export function flipFilterWasm(f: tf.Tensor4D): tf.Tensor4D | undefined {
  if (f.dtype !== 'float32' || !activeWasm(plainModule)) return undefined;
  return tf.engine().runKernel(FLIP, { f }) as tf.Tensor4D;
}
