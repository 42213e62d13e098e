import { Variable } from '../../ops/Variable.ts';
import { defineLowering } from '../lowering.ts';

export const VariableLowering = defineLowering(Variable, (_attrs, { node }) => (_inputs, run) => run.variable(node.id));
