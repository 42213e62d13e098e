import { binaryOp } from './elementwise.ts';

export const Maximum = binaryOp({
  kind: 'Maximum',
  doc: 'The larger of x and y, element by element, broadcasting like NumPy. Maxout is the maximum of two (or more) linear layers, `tf.maximum(h1, h2)`, and `tf.maximum(x, 0.1 * x)` is a leaky ReLU. The gradient goes to whichever input was larger; on a tie, to x (as in TensorFlow). TF1: `tf.maximum(x, y)`.',
});
