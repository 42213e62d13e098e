/**
 * Conv2DBackpropFilter on wasm as one SIMD pass (convFilterGrad.wat, or
 * convFilterGradFma.wat where the engine validates relaxed SIMD), where the
 * XNNPACK formulations (../convFilterGrad.ts) run at half the matmul's speed
 * or less: their shared dimension is every output pixel of the batch.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Pair, Padding } from '../../../ops/window.ts';
import * as fmaModule from './convFilterGradFmaWasm.ts';
import * as plainModule from './convFilterGradWasm.ts';
import { activeForm } from './fusedForm.ts';
import { addressOf, registerWasmKernel } from './wasmModules.ts';
import { padToWindows } from './windowPad.ts';

const KERNEL = 'FlowboardConv2DBackpropFilter';
const FORMS = { fma: fmaModule, plain: plainModule };

interface FilterGradExports {
  filterGrad(x: number, dy: number, dw: number, ...dims: number[]): void;
}

interface Attrs {
  filterShape: number[];
  strides: Pair;
}

registerWasmKernel(KERNEL, ({ inputs: { x, dy }, attrs }: { inputs: { x: tf.TensorInfo; dy: tf.TensorInfo }; attrs?: tf.NamedAttrMap }) => {
  const { backend, exports } = activeForm<FilterGradExports>(FORMS)!;
  const { filterShape, strides } = attrs as unknown as Attrs;
  const dw = backend.makeOutput(filterShape, 'float32');
  const [n, hp, wp, c] = x.shape;
  const [, ho, wo, co] = dy.shape;
  exports.filterGrad(addressOf(backend, x), addressOf(backend, dy), addressOf(backend, dw), n, hp, wp, c, ho, wo, co, filterShape[0], filterShape[1], ...strides);
  return dw;
});

/** Whether the pass takes this filter: its output channels come in groups of eight. */
export function filterGradFits(filterShape: readonly number[]): boolean {
  return filterShape[3] % 8 === 0;
}

/** dW [kh, kw, c, co] on wasm, or undefined where the pass cannot run (no wasm backend, no SIMD, channels that do not fit). */
export function filterGradWasm(x: tf.Tensor4D, dy: tf.Tensor4D, filterShape: readonly number[], strides: Pair, padding: Padding): tf.Tensor | undefined {
  if (!filterGradFits(filterShape) || x.dtype !== 'float32' || dy.dtype !== 'float32' || !activeForm(FORMS)) return undefined;
  const padded = padToWindows(x, [filterShape[0], filterShape[1]], strides, [dy.shape[1], dy.shape[2]], padding);
  const dw = tf.engine().runKernel(KERNEL, { x: padded, dy }, { filterShape: [...filterShape], strides } as unknown as tf.NamedAttrMap) as tf.Tensor;
  if (padded !== x) padded.dispose();
  return dw;
}
