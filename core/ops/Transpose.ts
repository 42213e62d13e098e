import { formatShape } from '../graph/shape.ts';
import { defineOp, fail } from './opDef.ts';

export const Transpose = defineOp({
  kind: 'Transpose',
  category: 'shape',
  doc: 'Reorders the dimensions of a tensor. Output dimension i is input dimension perm[i]: a matrix [2,3] with perm [1,0] becomes its transpose [3,2], and images [batch,height,width,channels] with perm [0,3,1,2] become [batch,channels,height,width]. Without a perm the dimensions are reversed. TF1: `tf.transpose(x, perm=[1, 0])`.',
  inputs: [{ name: 'x', doc: 'The tensor to transpose.' }],
  outputs: [{ name: 'y', doc: 'x with its dimensions reordered.' }],
  attrs: {
    perm: { type: 'ints', default: null, nullable: true, doc: 'A permutation of 0..rank-1; null reverses the dimensions.' },
  },
  infer: ({ in: [x], attrs }) => {
    const perm = attrs.perm;
    if (perm === null) return [{ dtype: x.dtype, shape: x.shape === null ? null : [...x.shape].reverse() }];
    const problem = permutationProblem(perm);
    if (problem) return fail('BAD_ATTR', `Transpose: perm ${formatShape(perm)} ${problem}`, `list each of 0..${perm.length - 1} exactly once`);
    if (x.shape === null) return [{ dtype: x.dtype, shape: perm.map(() => null) }];
    const shape = x.shape;
    if (perm.length !== shape.length)
      return fail('SHAPE_MISMATCH', `Transpose: perm ${formatShape(perm)} has ${perm.length} entries but the input ${formatShape(shape)} has rank ${shape.length}`, `give one entry per input dimension, a permutation of 0..${shape.length - 1}`);
    return [{ dtype: x.dtype, shape: perm.map((p) => shape[p]) }];
  },
});

/** Why `perm` is not a permutation of 0..n-1, or undefined if it is. */
function permutationProblem(perm: readonly number[]): string | undefined {
  const seen = new Set<number>();
  for (const p of perm) {
    if (p < 0 || p >= perm.length) return `is not a permutation: ${p} is outside 0..${perm.length - 1}`;
    if (seen.has(p)) return `is not a permutation: ${p} appears twice`;
    seen.add(p);
  }
  return undefined;
}
