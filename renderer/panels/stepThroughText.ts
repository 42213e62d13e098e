/**
 * The canvas's line in step-through: which step's values are on the nodes
 * and what the next press computes, numbered as the step counter is (step N
 * is the step that runs after N updates).
 */
import type { ValuesShown } from '../training/protocol.ts';
import { formatCount } from '../ui/formatNumber.ts';

/** The line for `shows` at counter `step`, or undefined outside step-through (training, a whole Step). */
export function stepThroughText(shows: ValuesShown, step: number): string | undefined {
  const n = formatCount(step);
  switch (shows) {
    case 'initial':
      // Past step 0 the variables come from loaded weights (a Reset starts at 0).
      return step > 0
        ? `Step ${n}: only the variables have values, the loaded weights. Forward › computes step ${n}.`
        : `Step ${n}: only the variables have values, their initial ones. Forward › computes step ${n}.`;
    case 'forward':
      return `Step ${n}, forward pass: each node shows the value it computes. Backward › computes the gradients.`;
    case 'backward':
      return `Step ${n}, backward pass: the gradient nodes show ∂loss/∂ each value. Update › applies them.`;
    case 'update':
      return `Update applied: the ringed variables changed, now at step ${n}. Forward › computes step ${n}.`;
    default:
      return undefined;
  }
}
