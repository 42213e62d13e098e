import { type Dim, formatShape } from '../graph/shape.ts';
import { defineOp, fail } from './opDef.ts';
import { readPaddings } from './paddings.ts';

export const Pad = defineOp({
  kind: 'Pad',
  category: 'shape',
  doc: 'Adds a border of constant values around a tensor: paddings holds one [before, after] pair per dimension, so a Go board [?,19,19,48] padded with [[0,0],[2,2],[2,2],[0,0]] becomes [?,23,23,48], ready for a 5x5 VALID convolution that keeps the 19x19 size. The border holds constantValue (0 by default). The gradient is the middle of the incoming gradient, cut back out. Only TF\'s mode CONSTANT is supported (not REFLECT or SYMMETRIC). TF1: `tf.pad(x, [[0, 0], [2, 2], [2, 2], [0, 0]])`.',
  inputs: [{ name: 'x', doc: 'The tensor to pad (float32 or int32).', dtypes: ['float32', 'int32'] }],
  outputs: [{ name: 'y', doc: 'x with the border around it.' }],
  attrs: {
    paddings: { type: 'tensor', default: [[0, 0], [1, 1], [1, 1], [0, 0]], doc: 'One [before, after] pair of whole numbers per dimension of x.' },
    constantValue: { type: 'float', default: 0, doc: 'The value of the border (TF\'s constant_values).' },
  },
  infer: ({ in: [x], attrs }) => {
    const pairs = readPaddings(attrs.paddings);
    if (typeof pairs === 'string') return fail('BAD_ATTR', `Pad: ${pairs}`, 'write paddings as [[before, after], ...] with one pair per dimension, e.g. [[0, 0], [2, 2], [2, 2], [0, 0]]');
    if (x.dtype === 'int32' && !Number.isInteger(attrs.constantValue))
      return fail('BAD_ATTR', `Pad: constantValue ${attrs.constantValue} is a fraction but x is int32`, 'use a whole constantValue, or Cast x to float32 first');
    if (x.shape === null) return [{ dtype: x.dtype, shape: pairs.map(() => null) }];
    if (pairs.length !== x.shape.length)
      return fail('SHAPE_MISMATCH', `Pad: paddings has ${pairs.length} pairs but x ${formatShape(x.shape)} has rank ${x.shape.length}`, `give one [before, after] pair per dimension of x (${x.shape.length} pairs; [0, 0] leaves a dimension as it is)`);
    const shape: Dim[] = x.shape.map((d, i) => (d === null ? null : d + pairs[i][0] + pairs[i][1]));
    return [{ dtype: x.dtype, shape }];
  },
});
