import { binaryOp } from './elementwise.ts';

export const Sub = binaryOp({
  kind: 'Sub',
  doc: 'Subtracts y from x element by element, broadcasting like NumPy: the error of every prediction is `h - Y`, and a [?,10] batch minus a [10] vector subtracts it from every row. TF1: `x - y` or `tf.subtract(x, y)`.',
});
