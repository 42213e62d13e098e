import { type Dim, dimsCompatible, formatShape, mergeDim, type Shape } from '../graph/shape.ts';
import { NUMERIC } from './elementwise.ts';
import { defineOp, fail } from './opDef.ts';

export const AddN = defineOp({
  kind: 'AddN',
  category: 'math',
  doc: 'Adds any number of tensors in one step: a + b + c. Every input must have the same shape and dtype; unlike Add it does not broadcast. Autodiff uses it where the gradients of a tensor that feeds several nodes meet, and summing several losses is another use. TF1: `tf.add_n([a, b, c])`.',
  inputs: [{ name: 'inputs', doc: 'The tensors to add, all of one shape and dtype.', dtypes: NUMERIC, variadic: true, minCount: 1 }],
  outputs: [{ name: 'sum', doc: 'The element-wise sum, of the inputs\' shape.' }],
  attrs: {},
  infer: ({ in: inputs }) => {
    const first = inputs[0];
    let shape: Shape = null;
    for (let i = 0; i < inputs.length; i++) {
      const t = inputs[i];
      if (t.dtype !== first.dtype)
        return fail('DTYPE_MISMATCH', `AddN inputs:0 is ${first.dtype} but inputs:${i} is ${t.dtype}`, `insert a Cast to ${first.dtype} before inputs:${i}`);
      const dims = t.shape;
      if (dims === null) continue;
      if (shape !== null && !sameShape(shape, dims)) {
        // Name the earlier input that clashes, not the merged shape, so the learner can find it.
        const j = inputs.findIndex((u, k) => k < i && u.shape !== null && !sameShape(u.shape, dims));
        return fail(
          'SHAPE_MISMATCH',
          `AddN inputs:${j} has shape ${formatShape(inputs[j].shape)} but inputs:${i} has ${formatShape(dims)}; AddN does not broadcast`,
          'give every input the same shape, or use Add, which broadcasts',
        );
      }
      shape = shape === null ? [...dims] : shape.map((d, k) => mergeDim(d, dims[k]));
    }
    return [{ dtype: first.dtype, shape }];
  },
});

/** Whether two known-rank shapes could be equal at run time. */
function sameShape(a: Dim[], b: Dim[]): boolean {
  return a.length === b.length && a.every((d, k) => dimsCompatible(d, b[k]));
}
