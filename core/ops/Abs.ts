import { NUMERIC, unaryOp } from './elementwise.ts';

export const Abs = unaryOp({
  kind: 'Abs',
  dtypes: NUMERIC,
  doc: 'The absolute value of every element: -3 becomes 3, and 3 stays 3. The mean absolute error `tf.reduce_mean(tf.abs(h - Y))` punishes every error in proportion to its size, where the squared error punishes big ones more. Its gradient is the sign of x (0 at 0, as in TensorFlow). TF1: `tf.abs(x)`.',
});
