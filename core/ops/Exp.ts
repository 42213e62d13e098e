import { unaryOp } from './elementwise.ts';

export const Exp = unaryOp({
  kind: 'Exp',
  doc: 'e (2.718...) raised to the power of every element: 0 becomes 1, 1 becomes 2.718, and large negative inputs approach 0. It grows very fast: above about 88 the result no longer fits in float32 and becomes Infinity, which is why softmax is computed on scores shifted down by their maximum. Float32 only. TF1: `tf.exp(x)`.',
});
