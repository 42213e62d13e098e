import { binaryOp, FLOAT } from './elementwise.ts';

export const Div = binaryOp({
  kind: 'Div',
  dtypes: FLOAT,
  doc: 'Divides x by y element by element, broadcasting like NumPy. It works on float32 only, because dividing integers rounds the answer away; Cast int32 inputs to float32 first, or use FloorDiv for whole-number division (7 // 2 = 3). Dividing by zero gives Infinity or NaN, so keep the divisor away from 0. TF1: `x / y` or `tf.div(x, y)`.',
});
