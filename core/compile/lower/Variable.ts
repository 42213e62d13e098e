import { Variable } from '../../ops/Variable.ts';
import { defineLowering } from '../lowering.ts';
import { view } from '../view.ts';

/**
 * A view of the variable's value at the time the node runs, not the variable
 * itself: an optimizer update later in the same step swaps the variable's data,
 * and every read of this step (gradients included) must still see the old value.
 */
export const VariableLowering = defineLowering(Variable, (_attrs, { node }) => (_inputs, run) => view(run.variable(node.id)));
