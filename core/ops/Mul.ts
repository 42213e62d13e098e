import { binaryOp } from './elementwise.ts';

export const Mul = binaryOp({
  kind: 'Mul',
  doc: 'Multiplies x and y element by element, broadcasting like NumPy: in linear regression `x * W` scales every example by the weight W of shape [1]. This is not the matrix product of a dense layer; use MatMul for that. TF1: `x * y` or `tf.multiply(x, y)`.',
});
