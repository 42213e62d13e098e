import { DTYPES } from '../graph/shape.ts';
import { unaryOp } from './elementwise.ts';

export const ZerosLike = unaryOp({
  kind: 'ZerosLike',
  dtypes: DTYPES,
  doc: 'A tensor of zeros with the same shape and dtype as x; the values of x are ignored. Useful when the shape is only known while the graph runs, such as a [?,10] batch, or to start a sum. TF1: `tf.zeros_like(x)`.',
});
