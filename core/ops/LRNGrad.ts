import { type Dim, dimsCompatible, formatShape, mergeDim } from '../graph/shape.ts';
import { LRN_ATTRS } from './lrnAttrs.ts';
import { defineOp, fail } from './opDef.ts';

export const LRNGrad = defineOp({
  kind: 'LRNGrad',
  category: 'internal',
  doc: 'The backward pass of LRN: each channel\'s gradient comes through its own division and through every neighbour whose sum of squares it is part of. Autodiff adds it, fed the LRN\'s input and output as TF1\'s is; TF1 names it LRNGrad.',
  inputs: [
    { name: 'x', doc: 'The LRN\'s input.', dtypes: ['float32'] },
    { name: 'y', doc: 'The LRN\'s output.', dtypes: ['float32'] },
    { name: 'dy', doc: 'Gradient of the loss with respect to the LRN\'s output.', dtypes: ['float32'] },
  ],
  outputs: [{ name: 'dx', doc: 'The gradient of x.' }],
  attrs: LRN_ATTRS,
  // As TF's shape function: the three are 4-D and one shape, each known dim taken from whichever knows it.
  infer: ({ in: types }) => {
    let shape: Dim[] | null = null;
    for (const t of types) {
      if (t.shape === null) continue;
      if (t.shape.length !== 4 || (shape !== null && !t.shape.every((d, i) => dimsCompatible(d, shape![i]))))
        return fail('SHAPE_MISMATCH', `LRNGrad needs x, y and dy of one 4-D shape, got ${types.map((u) => formatShape(u.shape)).join(', ')}`, 'use the LRN\'s own input and output');
      shape = shape === null ? [...t.shape] : shape.map((d, i) => mergeDim(d, t.shape![i]));
    }
    return [{ dtype: 'float32', shape }];
  },
});
