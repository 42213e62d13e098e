/**
 * The two internal ops that make Conv2D's gradient (TF1's Conv2DBackpropInput
 * and Conv2DBackpropFilter) share their inputs and attrs: the forward input,
 * the filter and the incoming gradient, with the forward node's strides and
 * padding. Each gives a tensor shaped like one of its inputs.
 */
import { formatShape } from '../graph/shape.ts';
import { defineOp, fail, type OpDef } from './opDef.ts';
import { type Padding, PADDINGS } from './window.ts';
import type { OpKind } from './opKinds.ts';

const ATTRS = {
  strides: { type: 'ints' as const, default: [1, 1, 1, 1], doc: 'The forward Conv2D\'s strides.' },
  padding: { type: 'enum' as const, options: PADDINGS, default: 'SAME' as Padding, doc: 'The forward Conv2D\'s padding.' },
};

/** An internal Conv2D gradient op whose output has the shape of input `like` (0: input, 1: filter). */
export function convGradOp(kind: OpKind, doc: string, like: 0 | 1): OpDef<typeof ATTRS> {
  return defineOp({
    kind,
    category: 'internal',
    doc,
    inputs: [
      { name: 'input', doc: `The forward Conv2D's input${like === 0 ? ' (only its shape is used)' : ''}.`, dtypes: ['float32'] },
      { name: 'filter', doc: `The forward Conv2D's filter${like === 1 ? ' (only its shape is used)' : ''}.`, dtypes: ['float32'] },
      { name: 'dy', doc: 'Gradient of the loss with respect to the Conv2D\'s output.', dtypes: ['float32'] },
    ],
    outputs: [{ name: 'output', doc: `Gradient with respect to the ${like === 0 ? 'input' : 'filter'}.` }],
    attrs: ATTRS,
    infer: ({ in: ins }) => {
      for (const [label, t] of [['input', ins[0]], ['filter', ins[1]], ['dy', ins[2]]] as const)
        if (t.shape !== null && t.shape.length !== 4) return fail('SHAPE_MISMATCH', `${kind}: ${label} must have rank 4, got ${formatShape(t.shape)}`, 'connect the forward Conv2D\'s input, filter and output gradient');
      const shape = ins[like].shape;
      return [{ dtype: 'float32', shape: shape === null ? null : [...shape] }];
    },
  });
}
