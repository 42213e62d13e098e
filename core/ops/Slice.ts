import { type Dim, formatShape } from '../graph/shape.ts';
import { defineOp, fail, type InferResult } from './opDef.ts';

export const Slice = defineOp({
  kind: 'Slice',
  category: 'shape',
  doc: 'Cuts a block out of a tensor: begin says where it starts in each dimension and size how long it is, -1 meaning "to the end". From data [?,9], begin [0,0] size [-1,8] takes the first 8 columns of every row (the features) and begin [0,8] size [-1,1] the last one (the labels). The block must lie inside the tensor. The gradient puts dy back where the block was, zeros around it. TF1: `tf.slice(x, [0, 1], [-1, 2])`.',
  inputs: [{ name: 'x', doc: 'The tensor to cut from.' }],
  outputs: [{ name: 'y', doc: 'The block, of shape size (with -1 worked out).' }],
  attrs: {
    begin: { type: 'ints', default: [0], doc: 'Where the block starts, one whole number (0 or more) per dimension of x.' },
    size: { type: 'ints', default: [-1], doc: 'How long the block is in each dimension; -1 takes the rest of it.' },
  },
  infer: ({ in: [x], attrs }) => sliceType(x.shape, attrs.begin ?? [], attrs.size ?? [], x.dtype),
});

function sliceType(shape: Dim[] | null, begin: number[], size: number[], dtype: 'float32' | 'int32' | 'bool'): InferResult {
  const fix = 'give begin and size one entry per dimension of x';
  if (begin.length !== size.length) return fail('BAD_ATTR', `Slice: begin ${formatShape(begin)} has ${begin.length} entries but size ${formatShape(size)} has ${size.length}`, fix);
  const bad = begin.findIndex((b) => b < 0);
  if (bad >= 0) return fail('BAD_ATTR', `Slice: begin[${bad}] is ${begin[bad]}; a block starts at 0 or later`, 'count begin from 0 (Slice has no negative positions)');
  const badSize = size.findIndex((s) => s < -1);
  if (badSize >= 0) return fail('BAD_ATTR', `Slice: size[${badSize}] is ${size[badSize]}`, 'give a size of 0 or more, or -1 for "to the end"');
  if (shape === null) return [{ dtype, shape: size.map((s) => (s === -1 ? null : s)) }];
  if (shape.length !== begin.length) return fail('SHAPE_MISMATCH', `Slice: begin and size have ${begin.length} entries but x ${formatShape(shape)} has rank ${shape.length}`, fix);
  const out: Dim[] = [];
  for (let i = 0; i < shape.length; i++) {
    const d = shape[i];
    const end = size[i] === -1 ? d : begin[i] + size[i];
    if (d !== null && end !== null && (begin[i] > d || end > d))
      return fail('SHAPE_MISMATCH', `Slice: the block [${begin[i]}, ${end}) of dimension ${i} does not fit x ${formatShape(shape)} (size ${d})`, `keep begin + size within ${d} in dimension ${i}, or use -1 for "to the end"`);
    out.push(size[i] === -1 ? (d === null ? null : d - begin[i]) : size[i]);
  }
  return [{ dtype, shape: out }];
}
