import { unaryOp } from './elementwise.ts';

export const Log = unaryOp({
  kind: 'Log',
  doc: 'The natural logarithm of every element, the inverse of Exp. It is the `log(h)` in the cross-entropy cost of logistic regression: `-mean(y*log(h) + (1-y)*log(1-h))`. log(0) is -Infinity and negative inputs give NaN, so keep its input strictly positive. Float32 only. TF1: `tf.log(x)`.',
});
