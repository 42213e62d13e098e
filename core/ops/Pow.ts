import { binaryOp, FLOAT } from './elementwise.ts';

export const Pow = binaryOp({
  kind: 'Pow',
  dtypes: FLOAT,
  doc: 'x raised to the power y, element by element, broadcasting like NumPy: `tf.pow(x, 2.0)` squares, `tf.pow(x, 0.5)` is a square root. A negative x with a fractional y gives NaN. The gradient to y uses log(x), taken as 0 where x <= 0 (as in TensorFlow). Float32 only here: Cast integers first. TF1: `tf.pow(x, y)`.',
});
