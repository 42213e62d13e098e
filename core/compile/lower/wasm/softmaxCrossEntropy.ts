/** SoftmaxCrossEntropyWithLogits on wasm as one pass per row (softmaxCrossEntropy.wat), in place of tf.logSoftmax and four more kernels. */
import * as tf from '@tensorflow/tfjs-core';
import * as softmaxCrossEntropyModule from './softmaxCrossEntropyWasm.ts';
import { activeWasm, addressOf, registerWasmKernel } from './wasmModules.ts';

const KERNEL = 'FlowboardSoftmaxCrossEntropy';

interface SoftmaxCrossEntropyExports {
  softmaxCrossEntropy(labels: number, logits: number, out: number, rows: number, classes: number): void;
}

registerWasmKernel(KERNEL, ({ inputs: { labels, logits } }: { inputs: { labels: tf.TensorInfo; logits: tf.TensorInfo } }) => {
  const { backend, exports } = activeWasm<SoftmaxCrossEntropyExports>(softmaxCrossEntropyModule)!;
  const classes = logits.shape[logits.shape.length - 1];
  const out = backend.makeOutput(logits.shape.slice(0, -1), 'float32');
  exports.softmaxCrossEntropy(addressOf(backend, labels), addressOf(backend, logits), addressOf(backend, out), tf.util.sizeFromShape(logits.shape) / classes, classes);
  return out;
});

/**
 * The per-example loss -sum(labels * log_softmax(logits)) over the last axis
 * on wasm, or undefined where the pass cannot run: other backends or dtypes,
 * labels and logits of different shapes (broadcast ones go to tfjs), no class axis.
 */
export function softmaxCrossEntropyWasm(labels: tf.Tensor, logits: tf.Tensor): tf.Tensor | undefined {
  if (logits.rank < 1 || labels.dtype !== 'float32' || logits.dtype !== 'float32' || !tf.util.arraysEqual(labels.shape, logits.shape)) return undefined;
  if (logits.shape[logits.rank - 1] === 0 || !activeWasm(softmaxCrossEntropyModule)) return undefined;
  return tf.engine().runKernel(KERNEL, { labels, logits }) as tf.Tensor;
}
