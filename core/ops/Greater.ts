import { binaryOp } from './elementwise.ts';

export const Greater = binaryOp({
  kind: 'Greater',
  category: 'compare',
  outDType: 'bool',
  doc: 'Compares element by element, broadcasting like NumPy, and gives true where x > y. The course turns sigmoid probabilities into 0/1 predictions with `h > 0.5`, then a Cast to float32. TF1: `tf.greater(x, y)` or `x > y`.',
});
