/** ReluGrad on wasm as one SIMD pass (reluGrad.wat) in place of tf.mul(dy, tf.step(x)): half the passes over the data, no tensor between. */
import * as tf from '@tensorflow/tfjs-core';
import * as reluGradModule from './reluGradWasm.ts';
import { activeWasm, addressOf, registerWasmKernel } from './wasmModules.ts';

const KERNEL = 'FlowboardReluGrad';

interface ReluGradExports {
  reluGrad(dy: number, x: number, out: number, count: number): void;
}

registerWasmKernel(KERNEL, ({ inputs: { dy, x } }: { inputs: { dy: tf.TensorInfo; x: tf.TensorInfo } }) => {
  const { backend, exports } = activeWasm<ReluGradExports>(reluGradModule)!;
  const out = backend.makeOutput([...x.shape], 'float32');
  exports.reluGrad(addressOf(backend, dy), addressOf(backend, x), addressOf(backend, out), tf.util.sizeFromShape(x.shape));
  return out;
});

/** dy * (x > 0) on wasm for float32 tensors of one shape, or undefined where the pass cannot run (other backends, dtypes, shapes that broadcast). */
export function reluGradWasm(dy: tf.Tensor, x: tf.Tensor): tf.Tensor | undefined {
  if (dy.dtype !== 'float32' || x.dtype !== 'float32' || !tf.util.arraysEqual(dy.shape, x.shape) || !activeWasm(reluGradModule)) return undefined;
  return tf.engine().runKernel(KERNEL, { dy, x }) as tf.Tensor;
}
