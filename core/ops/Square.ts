import { NUMERIC, unaryOp } from './elementwise.ts';

export const Square = unaryOp({
  kind: 'Square',
  dtypes: NUMERIC,
  doc: 'Multiplies every element by itself. It is the squared error in the mean squared error cost of linear regression: `tf.reduce_mean(tf.square(hypothesis - Y))`. Squaring makes every error positive and punishes big errors more than small ones. TF1: `tf.square(x)`.',
});
