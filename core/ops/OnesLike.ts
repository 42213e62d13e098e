import { DTYPES } from '../graph/shape.ts';
import { unaryOp } from './elementwise.ts';

export const OnesLike = unaryOp({
  kind: 'OnesLike',
  dtypes: DTYPES,
  doc: 'A tensor of ones with the same shape and dtype as x; the values of x are ignored. Useful when the shape is only known while the graph runs, such as a [?,1] batch: `1 - y` can be written as OnesLike(y) - y. TF1: `tf.ones_like(x)`.',
});
