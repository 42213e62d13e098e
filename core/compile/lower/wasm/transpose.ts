/**
 * A matrix's transpose on wasm as one SIMD pass (transpose.wat). The MatMul
 * lowering transposes explicitly on wasm (its flagged matmul skips XNNPACK),
 * and tfjs-wasm's Transpose took 0.23 ms of a 6.4 ms mnist-xavier step for
 * one 256x256 weight, more than all its elementwise kernels together.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as transposeModule from './transposeWasm.ts';
import { activeWasm, addressOf, registerWasmKernel } from './wasmModules.ts';

const KERNEL = 'FlowboardTranspose2D';

interface TransposeExports {
  transpose2d(x: number, y: number, rows: number, cols: number): void;
}

registerWasmKernel(KERNEL, ({ inputs: { x } }: { inputs: { x: tf.TensorInfo } }) => {
  const { backend, exports } = activeWasm<TransposeExports>(transposeModule)!;
  const [rows, cols] = x.shape;
  const y = backend.makeOutput([cols, rows], 'float32');
  exports.transpose2d(addressOf(backend, x), addressOf(backend, y), rows, cols);
  return y;
});

/** The transpose of a float32 matrix on wasm, or undefined where the pass cannot run (no wasm backend, no SIMD, another rank or dtype). */
export function transposeWasm(x: tf.Tensor): tf.Tensor | undefined {
  if (x.rank !== 2 || x.dtype !== 'float32' || !activeWasm(transposeModule)) return undefined;
  return tf.engine().runKernel(KERNEL, { x }) as tf.Tensor;
}

/** A matrix's transpose: the SIMD pass on wasm where it runs, else tfjs's own. */
export function transposeMatrix(x: tf.Tensor): tf.Tensor {
  return transposeWasm(x) ?? tf.transpose(x);
}
