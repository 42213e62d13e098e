import { binaryOp } from './elementwise.ts';

export const Less = binaryOp({
  kind: 'Less',
  category: 'compare',
  outDType: 'bool',
  doc: 'Compares element by element, broadcasting like NumPy, and gives true where x < y: for example which losses are below a threshold. Cast the result to float32 to count or average the trues. TF1: `tf.less(x, y)` or `x < y`.',
});
