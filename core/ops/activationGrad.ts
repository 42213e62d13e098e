/**
 * Builder for the internal ops that apply an activation's derivative to an
 * incoming gradient (TF1's ReluGrad, SigmoidGrad, ...). Autodiff adds them;
 * they are never dragged from the palette.
 */
import { dimsCompatible, formatShape, mergeDim } from '../graph/shape.ts';
import type { AttrSpecs } from './attrs.ts';
import { defineOp, fail, type OpDef } from './opDef.ts';
import type { OpKind } from './opKinds.ts';

interface ActivationGradOptions<A extends AttrSpecs> {
  kind: OpKind;
  doc: string;
  /** The two inputs in TF1's order, e.g. `['dy', 'x']` for ReluGrad, `['y', 'dy']` for SigmoidGrad. */
  inputs: readonly [{ name: string; doc: string }, { name: string; doc: string }];
  attrs?: A;
}

/** A float32 op of two same-shaped tensors whose output has that shape. */
export function activationGradOp<const A extends AttrSpecs = Record<never, never>>(o: ActivationGradOptions<A>): OpDef<A> {
  return defineOp({
    kind: o.kind,
    category: 'internal',
    doc: o.doc,
    inputs: o.inputs.map((i) => ({ ...i, dtypes: ['float32'] as const })),
    outputs: [{ name: 'dx', doc: 'The gradient with respect to the activation\'s input.' }],
    attrs: o.attrs ?? ({} as A),
    infer: ({ in: [a, b] }) => {
      if (a.shape === null || b.shape === null) return [{ dtype: 'float32', shape: a.shape ?? b.shape }];
      const same = a.shape.length === b.shape.length && a.shape.every((d, i) => dimsCompatible(d, b.shape![i]));
      if (!same)
        return fail('SHAPE_MISMATCH', `${o.kind}: ${o.inputs[0].name} ${formatShape(a.shape)} and ${o.inputs[1].name} ${formatShape(b.shape)} must have one shape`, 'connect the activation\'s own tensor and its incoming gradient');
      return [{ dtype: 'float32', shape: a.shape.map((d, i) => mergeDim(d, b.shape![i])) }];
    },
  });
}
