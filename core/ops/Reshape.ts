import { type DType, formatShape, numElements, type Shape } from '../graph/shape.ts';
import { defineOp, fail, type InferResult } from './opDef.ts';

export const Reshape = defineOp({
  kind: 'Reshape',
  category: 'shape',
  doc: 'Rearranges the same values into a new shape without changing their order: 6 values of shape [2,3] can become [3,2], [6] or [1,6]. One dimension may be -1, meaning "whatever makes the count come out right": flattening 7x7x64 feature maps for a dense layer is `[-1, 3136]`, which keeps the batch size free. The new shape must hold exactly as many values as the input. TF1: `tf.reshape(x, [-1, 3136])`.',
  inputs: [{ name: 'x', doc: 'The tensor to reshape.' }],
  outputs: [{ name: 'y', doc: 'The same values in the new shape.' }],
  attrs: {
    shape: { type: 'shape', default: [-1], allowMinusOne: true, doc: 'The new shape; at most one dimension may be -1 (inferred).' },
  },
  // The attr rejects null dims (no allowUnknown), so every entry is a number.
  infer: ({ in: [x], attrs }) => reshapeType(x.shape, attrs.shape as number[], x.dtype),
});

/** The output type of reshaping `input` to `target` (which may hold one -1). */
function reshapeType(input: Shape, target: number[], dtype: DType): InferResult {
  const free = target.indexOf(-1);
  const fixedCount = target.reduce((n, d) => (d === -1 ? n : n * d), 1);
  const total = numElements(input);
  const described = `cannot reshape ${formatShape(input)}${total === null ? '' : ` (${total} values)`} to ${formatShape(target)}`;
  if (free >= 0 && fixedCount === 0)
    return fail('SHAPE_MISMATCH', `${described}: -1 is ambiguous when another dimension is 0`, 'replace the -1 with an explicit size');
  if (total === null) {
    // Known input dims still constrain the result: their product must divide the target's count.
    const knownCount = input === null ? 1 : input.reduce<number>((n, d) => (d === null ? n : n * d), 1);
    if (free < 0 && knownCount !== 0 && fixedCount % knownCount !== 0)
      return fail('SHAPE_MISMATCH', `${described} (${fixedCount} values): the known dimensions hold a multiple of ${knownCount} values`, 'make the new shape hold a multiple of the known dimensions, or use -1 for one dimension');
    return [{ dtype, shape: target.map((d) => (d === -1 ? null : d)) }];
  }
  if (free < 0) {
    if (fixedCount !== total)
      return fail('SHAPE_MISMATCH', `${described} (${fixedCount} values)`, `pick a shape whose dimensions multiply to ${total}, or use -1 for one dimension`);
    return [{ dtype, shape: [...target] }];
  }
  if (total % fixedCount !== 0)
    return fail('SHAPE_MISMATCH', `${described}: ${total} is not a multiple of ${fixedCount}`, `pick dimensions whose product divides ${total}`);
  return [{ dtype, shape: target.map((d) => (d === -1 ? total / fixedCount : d)) }];
}
