import { DTYPES } from '../graph/shape.ts';
import { binaryOp } from './elementwise.ts';

export const Equal = binaryOp({
  kind: 'Equal',
  category: 'compare',
  dtypes: DTYPES,
  outDType: 'bool',
  doc: 'Compares element by element, broadcasting like NumPy, and gives true where x equals y. Accuracy is built from it: `Equal(ArgMax(logits, 1), ArgMax(Y, 1))`, Cast to float32, then ReduceMean. It takes numbers or bools (compare predictions made by Greater with labels). Exact equality of computed floats is fragile; compare integers or bools. TF1: `tf.equal(x, y)`.',
});
