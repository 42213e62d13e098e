import { DTYPES } from '../graph/shape.ts';
import { unaryOp } from './elementwise.ts';

export const Cast = unaryOp({
  kind: 'Cast',
  category: 'compare',
  dtypes: DTYPES,
  attrs: {
    dtype: { type: 'dtype', default: 'float32', doc: 'Element type to convert to.' },
  },
  outDType: ({ dtype }) => dtype,
  doc: 'Converts every element to another type. float32 to int32 drops the fraction, truncating toward zero (1.7 becomes 1, -1.7 becomes -1); bool becomes 1 or 0; a number becomes true unless it is 0. Accuracy casts the bools of Equal to float32 so ReduceMean can average them, and ops that need float32 (Div, Log, Sigmoid ...) take int32 data through a Cast. TF1: `tf.cast(x, tf.float32)`.',
});
