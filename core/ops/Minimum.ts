import { binaryOp } from './elementwise.ts';

export const Minimum = binaryOp({
  kind: 'Minimum',
  doc: 'The smaller of x and y, element by element, broadcasting like NumPy: `tf.minimum(x, 6.0)` caps every value at 6. The gradient goes to whichever input was smaller; on a tie, to x (as in TensorFlow). TF1: `tf.minimum(x, y)`.',
});
