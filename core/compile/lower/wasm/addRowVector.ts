/** A bias add, x [rows, cols] + b [cols], on wasm as one SIMD pass (addRowVector.wat) in place of tfjs-wasm's broadcasting Add. */
import * as tf from '@tensorflow/tfjs-core';
import * as addRowVectorModule from './addRowVectorWasm.ts';
import { activeWasm, addressOf, registerWasmKernel } from './wasmModules.ts';

const KERNEL = 'FlowboardAddRowVector';

interface AddRowVectorExports {
  addRowVector(x: number, b: number, out: number, rows: number, cols: number): void;
}

registerWasmKernel(KERNEL, ({ inputs: { x, b } }: { inputs: { x: tf.TensorInfo; b: tf.TensorInfo } }) => {
  const { backend, exports } = activeWasm<AddRowVectorExports>(addRowVectorModule)!;
  const out = backend.makeOutput([...x.shape], 'float32');
  const cols = b.shape[0];
  exports.addRowVector(addressOf(backend, x), addressOf(backend, b), addressOf(backend, out), tf.util.sizeFromShape(x.shape) / cols, cols);
  return out;
});

/** x + b for float32 x [..., cols] and b [cols] (either order, as Add is), on wasm; undefined for any other pair or backend. */
export function addRowVectorWasm(x: tf.Tensor, y: tf.Tensor): tf.Tensor | undefined {
  const [matrix, row] = x.rank >= 2 && y.rank === 1 ? [x, y] : y.rank >= 2 && x.rank === 1 ? [y, x] : [];
  if (!matrix || !row || matrix.dtype !== 'float32' || row.dtype !== 'float32' || row.shape[0] !== matrix.shape[matrix.rank - 1] || row.shape[0] === 0) return undefined;
  if (!activeWasm(addRowVectorModule)) return undefined;
  return tf.engine().runKernel(KERNEL, { x: matrix, b: row }) as tf.Tensor;
}
