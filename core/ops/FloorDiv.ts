import { binaryOp } from './elementwise.ts';

export const FloorDiv = binaryOp({
  kind: 'FloorDiv',
  doc: 'Divides and rounds down to a whole number, element by element, broadcasting like NumPy: 7 // 2 is 3 and -7 // 2 is -4 (down, not toward zero). On int32 the answer stays int32, as TF\'s integer division does; on float32 it is floor(x / y). Dividing an int32 by 0 stops TensorFlow with an error; Flowboard does not check, and gives a meaningless number there. TF1: `x // y` or `tf.floordiv(x, y)`.',
});
