import { defineOp, fail } from './opDef.ts';
import { labelsLogitsShape } from './lossShape.ts';

export const SoftmaxCrossEntropyWithLogits = defineOp({
  kind: 'SoftmaxCrossEntropyWithLogits',
  category: 'losses',
  doc: 'The classification loss: how far the softmax of the raw scores (logits) is from the true class distribution (labels, usually one-hot rows), as -sum(labels * log(softmax(logits))) over the last axis. It gives one loss per example, [?,10] -> [?]; wrap it in ReduceMean for the cost. Feed it the logits, not the softmax: it computes the log-softmax itself in a way that cannot overflow or take log(0). TF1: `tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(logits=hypothesis, labels=Y))`.',
  inputs: [
    { name: 'labels', doc: 'True class probabilities per example, [?,k]; usually one-hot.', dtypes: ['float32'] },
    { name: 'logits', doc: 'Raw, unnormalised class scores, [?,k] (before any Softmax).', dtypes: ['float32'] },
  ],
  outputs: [{ name: 'loss', doc: 'Cross-entropy per example: the input shape without its last axis.' }],
  attrs: {},
  infer: ({ in: [labels, logits] }) => {
    const common = labelsLogitsShape('SoftmaxCrossEntropyWithLogits', labels, logits);
    if (!('shape' in common)) return common;
    const shape = common.shape;
    if (shape === null) return [{ dtype: 'float32', shape: null }];
    if (shape.length === 0) return fail('SHAPE_MISMATCH', 'SoftmaxCrossEntropyWithLogits needs logits with a class axis, got a scalar', 'connect logits of shape [?,k], one score per class');
    return [{ dtype: 'float32', shape: shape.slice(0, -1) }];
  },
});
