import { defineOp } from './opDef.ts';

export const OneHot = defineOp({
  kind: 'OneHot',
  category: 'shape',
  doc: 'Turns class numbers into one-hot rows: with depth 3, the labels [0, 2] become [[1,0,0],[0,0,1]]. The output gets a new last dimension of size depth, holding onValue at the class index and offValue everywhere else; an index outside 0..depth-1 gives a row of offValue only. Use it to feed integer labels to softmax cross-entropy. TF1: `tf.one_hot(Y, depth=7)`.',
  inputs: [{ name: 'indices', doc: 'Class numbers (int32), any shape.', dtypes: ['int32'] }],
  outputs: [{ name: 'output', doc: 'float32, the indices shape plus a last dimension of size depth.' }],
  attrs: {
    depth: { type: 'int', default: 10, min: 1, doc: 'Number of classes: the size of the new last dimension.' },
    onValue: { type: 'float', default: 1, doc: 'Value at the class index.' },
    offValue: { type: 'float', default: 0, doc: 'Value everywhere else.' },
  },
  infer: ({ in: [indices], attrs }) => [{ dtype: 'float32', shape: indices.shape === null ? null : [...indices.shape, attrs.depth] }],
});
