/** The column sums of a float32 matrix on wasm as one SIMD pass (columnSums.wat): a bias's gradient over the batch without tfjs's transpose. */
import * as tf from '@tensorflow/tfjs-core';
import * as columnSumsModule from './columnSumsWasm.ts';
import { activeWasm, addressOf, registerWasmKernel } from './wasmModules.ts';

const KERNEL = 'FlowboardColumnSums';

interface ColumnSumsExports {
  columnSums(x: number, out: number, rows: number, cols: number): void;
}

registerWasmKernel(KERNEL, ({ inputs: { x }, attrs }: { inputs: { x: tf.TensorInfo }; attrs?: tf.NamedAttrMap }) => {
  const { backend, exports } = activeWasm<ColumnSumsExports>(columnSumsModule)!;
  const { rows, cols } = attrs as unknown as { rows: number; cols: number };
  const out = backend.makeOutput([cols], 'float32');
  exports.columnSums(addressOf(backend, x), addressOf(backend, out), rows, cols);
  return out;
});

/**
 * x summed over its first `leading` axes, [rest of the shape] (x of [100, 256]
 * with 1 gives [256]), on wasm; undefined where the pass cannot run (other
 * backends or dtypes, or nothing left to sum over).
 */
export function sumLeadingAxesWasm(x: tf.Tensor, leading: number): tf.Tensor | undefined {
  if (x.dtype !== 'float32' || leading < 1 || leading >= x.rank || !activeWasm(columnSumsModule)) return undefined;
  const rows = tf.util.sizeFromShape(x.shape.slice(0, leading));
  const rest = x.shape.slice(leading);
  const cols = tf.util.sizeFromShape(rest);
  const sums = tf.engine().runKernel(KERNEL, { x }, { rows, cols } as unknown as tf.NamedAttrMap) as tf.Tensor;
  return rest.length === 1 ? sums : tf.reshape(sums, rest);
}
