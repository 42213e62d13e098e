import { dimsCompatible, formatShape } from '../graph/shape.ts';
import { defineOp, fail } from './opDef.ts';
import { OPTIMIZER_ATTRS } from './optimizerAttrs.ts';

/**
 * TF1's ApplyGradientDescent, ApplyAdam, ...: one variable's update within a
 * Minimize. Training expansion names it `<minimize>/update_<variable>/Apply<Optimizer>`
 * as TF1 does and copies the Minimize's attrs onto it.
 */
export const ApplyGradient = defineOp({
  kind: 'ApplyGradient',
  category: 'internal',
  doc: "Moves one Variable against its gradient by the optimizer's rule and keeps the optimizer's state for it (momentum, Adam's moments). Made by a Minimize when the graph is expanded for training. TF1: `ApplyGradientDescent`, `ApplyAdam`, ...",
  inputs: [
    { name: 'variable', doc: 'The Variable to update.', dtypes: ['float32'] },
    { name: 'gradient', doc: 'The gradient of the loss with respect to the variable.', dtypes: ['float32'] },
  ],
  outputs: [{ name: 'updated', doc: 'The value of the variable after the update.' }],
  attrs: OPTIMIZER_ATTRS,
  infer: ({ in: [variable, gradient] }) => {
    const v = variable.shape;
    const g = gradient.shape;
    if (v !== null && g !== null && (v.length !== g.length || v.some((d, i) => !dimsCompatible(d, g[i]))))
      return fail('SHAPE_MISMATCH', `the gradient has shape ${formatShape(g)} but the variable has ${formatShape(v)}`, 'the gradient must have the shape of its variable; re-expand the training graph');
    return [{ dtype: variable.dtype, shape: v }];
  },
  stateful: true,
});
