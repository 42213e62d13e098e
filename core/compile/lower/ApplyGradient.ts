import { FlowboardError } from '../../graph/diagnostics.ts';
import { ApplyGradient } from '../../ops/ApplyGradient.ts';
import { defineLowering } from '../lowering.ts';
import { UPDATE_RULES } from './optimizers/updateRules.ts';

/**
 * Updates the Variable wired to `variable` by the optimizer's rule. Its
 * optimizer state lives in the session's slots for this node, so every
 * variable of a Minimize has its own, and Session.reset clears them all.
 */
export const ApplyGradientLowering = defineLowering(
  ApplyGradient,
  (settings, { node, inputs }) => {
    const rule = UPDATE_RULES[settings.optimizer];
    const variableId = inputs[0].node;
    return ([value, gradient], run) => {
      let variable;
      try {
        variable = run.variable(variableId);
      } catch {
        throw new FlowboardError(`ApplyGradient "${node.name}" can only update a Variable, but its variable input comes from node "${variableId}". Re-expand the training graph from its Minimize.`, node.id);
      }
      const updated = rule({ value, gradient, slots: run.slots(node.id), settings, t: run.step + 1 });
      variable.assign(updated);
      return updated;
    };
  },
  { writesState: true },
);
