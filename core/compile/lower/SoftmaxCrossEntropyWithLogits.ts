import * as tf from '@tensorflow/tfjs-core';
import { SoftmaxCrossEntropyWithLogits } from '../../ops/SoftmaxCrossEntropyWithLogits.ts';
import { defineLowering } from '../lowering.ts';
import { softmaxCrossEntropyWasm } from './wasm/softmaxCrossEntropy.ts';

/**
 * -sum(labels * log_softmax(logits)) over the last axis. tf.logSoftmax
 * subtracts the row maximum before exponentiating, so large logits cannot
 * overflow and a confident wrong class never takes log(0); on wasm one pass
 * per row does the same (wasm/softmaxCrossEntropy.ts).
 */
export const SoftmaxCrossEntropyWithLogitsLowering = defineLowering(SoftmaxCrossEntropyWithLogits, (_attrs, { backend }) => {
  const portable = (labels: tf.Tensor, logits: tf.Tensor) => tf.neg(tf.sum(tf.mul(labels, tf.logSoftmax(logits, -1)), -1));
  if (backend === 'wasm') return ([labels, logits]) => softmaxCrossEntropyWasm(labels, logits) ?? portable(labels, logits);
  return ([labels, logits]) => portable(labels, logits);
});
