import { formatShape } from '../graph/shape.ts';
import { defineOp, fail } from './opDef.ts';

export const Dropout = defineOp({
  kind: 'Dropout',
  category: 'nn',
  doc: 'Randomly switches units off while training: each value is kept with probability keep_prob and then divided by keep_prob, so the expected sum stays the same; the others become 0. The network cannot rely on any single unit, which fights overfitting. Feed keep_prob from a Placeholder: 0.7 while training and 1.0 when testing, where every unit is kept. The mask is drawn anew each training step as TensorFlow draws it for the graph seed and this node\'s op seed, so a run with the same seed repeats exactly, and repeats TensorFlow\'s. TF1: `tf.nn.dropout(L1, keep_prob=keep_prob)`.',
  inputs: [
    { name: 'x', doc: 'The activations to thin out.', dtypes: ['float32'] },
    { name: 'keepProb', doc: 'Probability of keeping each value, a scalar in (0, 1]; usually a Placeholder fed 0.7 in training and 1.0 in testing.', dtypes: ['float32'] },
  ],
  outputs: [
    { name: 'y', doc: 'x with dropped values set to 0 and kept values divided by keep_prob.' },
    { name: 'mask', doc: 'The scaled mask of this step: 1/keep_prob where kept, 0 where dropped (y = x * mask).' },
  ],
  attrs: {
    seed: { type: 'seed', default: null, doc: "TF's op seed (`seed=`); empty: none given, and TF numbers it among the random ops without one." },
  },
  infer: ({ in: [x, keep] }) => {
    if (keep.shape !== null && keep.shape.length !== 0)
      return fail('SHAPE_MISMATCH', `Dropout keepProb must be a scalar, got ${formatShape(keep.shape)}`, 'feed keepProb from a Placeholder of shape [] (a single number such as 0.7)');
    return [
      { dtype: 'float32', shape: x.shape },
      { dtype: 'float32', shape: x.shape },
    ];
  },
});
