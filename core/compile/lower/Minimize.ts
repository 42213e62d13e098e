import { FlowboardError } from '../../graph/diagnostics.ts';
import { Minimize } from '../../ops/Minimize.ts';
import { defineLowering } from '../lowering.ts';
import { view } from '../view.ts';

/**
 * The updates do the work; the Minimize only passes the loss on, as a view so
 * a caller who fetches both the loss node and the Minimize gets two tensors to
 * dispose independently.
 */
export const MinimizeLowering = defineLowering(Minimize, (_attrs, { node, inputs }) => {
  if (inputs.length < 2)
    throw new FlowboardError(
      `Minimize "${node.name}" has no update steps yet: it trains only in the training graph, where every variable gets its gradient and update. Train it (flowboard train, or the Trainer) instead of running it directly.`,
      node.id,
    );
  return ([loss]) => view(loss);
});
