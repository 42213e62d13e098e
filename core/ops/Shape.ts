import { defineOp } from './opDef.ts';

export const Shape = defineOp({
  kind: 'Shape',
  category: 'shape',
  doc: 'The shape of a tensor, as a value: a vector of int32 sizes, one per dimension. A [2,2,3] tensor gives [2, 2, 3]; a batch [?,784] gives its real batch size when the graph runs, where the node\'s label can only say ?. Its length is the rank (see Rank). TF1: `tf.shape(x)`.',
  inputs: [{ name: 'x', doc: 'Any tensor; only its shape is read.' }],
  outputs: [{ name: 'shape', doc: 'int32 vector of x\'s sizes, of length x\'s rank.' }],
  attrs: {},
  infer: ({ in: [x] }) => [{ dtype: 'int32', shape: [x.shape === null ? null : x.shape.length] }],
});
