import { defineOp } from './opDef.ts';

export const Rank = defineOp({
  kind: 'Rank',
  category: 'shape',
  doc: 'How many dimensions a tensor has, as an int32 scalar: 0 for a number, 1 for a vector, 2 for a matrix, 3 for [2,2,3]. NumPy calls it `ndim`; it is the length of Shape\'s vector. TF1: `tf.rank(x)`.',
  inputs: [{ name: 'x', doc: 'Any tensor; only its rank is read.' }],
  outputs: [{ name: 'rank', doc: 'int32 scalar: the number of dimensions of x.' }],
  attrs: {},
  infer: () => [{ dtype: 'int32', shape: [] }],
});
