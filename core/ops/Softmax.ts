import { formatShape, normalizeAxis } from '../graph/shape.ts';
import { unaryOp } from './elementwise.ts';
import { fail } from './opDef.ts';

export const Softmax = unaryOp({
  kind: 'Softmax',
  category: 'activations',
  attrs: {
    axis: { type: 'int', default: -1, doc: 'Axis whose entries become probabilities; -1 is the last (the classes).' },
  },
  doc: 'Turns scores (logits) into probabilities: e^x_i divided by the sum of e^x_j along one axis, so every output is positive and each row sums to 1. On a [?,10] batch of digit scores it gives, for each image, the probability of each digit. To train, prefer feeding the raw logits to SoftmaxCrossEntropyWithLogits, which is numerically safer than taking the log of this output. Float32 only. TF1: `tf.nn.softmax(logits)`.',
  check: (x, { axis }) => {
    if (x.shape === null || normalizeAxis(axis, x.shape.length) !== undefined) return undefined;
    const rank = x.shape.length;
    return fail(
      'BAD_ATTR',
      `Softmax axis ${axis} is out of range for input ${formatShape(x.shape)} of rank ${rank}`,
      rank === 0 ? 'feed Softmax a vector or a batch of scores, not a scalar' : `set axis between ${-rank} and ${rank - 1}; -1 is the last axis`,
    );
  },
});
