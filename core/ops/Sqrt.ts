import { unaryOp } from './elementwise.ts';

export const Sqrt = unaryOp({
  kind: 'Sqrt',
  doc: 'The square root of every element: 9 becomes 3. Negative inputs have no real square root and give NaN, so feed it something that cannot be negative, such as a Square or a sum of squares (the length of a vector). Float32 only. TF1: `tf.sqrt(x)`.',
});
