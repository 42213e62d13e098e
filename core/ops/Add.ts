import { binaryOp } from './elementwise.ts';

export const Add = binaryOp({
  kind: 'Add',
  doc: 'Adds two tensors element by element, broadcasting like NumPy: a bias of shape [10] adds to every row of a [?,10] batch. TF1: `a + b` or `tf.add(a, b)`.',
});
