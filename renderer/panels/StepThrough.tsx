/**
 * Step-through mode for learning backprop: one training step in three
 * presses. Forward computes every forward node's value on the next batch,
 * Backward every gradient node's, Update applies the step and shows what it
 * changed. Node badges and a line on the canvas show only what the last
 * press computed (renderer/worker/shownValues.ts decides what that is).
 */
import { useFlow } from '../store/hooks.ts';
import { training } from '../training/appTraining.ts';
import type { StepPhase } from '../training/protocol.ts';

const NEXT: Record<string, StepPhase> = { undefined: 'forward', forward: 'backward', backward: 'update', update: 'forward' };
const LABELS = { forward: 'Forward', backward: 'Backward', update: 'Update' } as const;
const DOES = {
  forward: 'compute the forward pass of the next step',
  backward: 'compute the gradients of this step',
  update: 'apply the gradients to the variables',
} as const;

/** One button that walks forward, backward, update. */
export function StepThrough({ disabled }: { disabled: boolean }) {
  const phase = useFlow((s) => s.run.phase);
  const next = NEXT[String(phase)];
  return (
    <button
      type="button"
      className="button"
      aria-label={`Step through: ${LABELS[next].toLowerCase()}`}
      title={`Step through one training step a pass at a time: ${DOES[next]}`}
      disabled={disabled}
      onClick={() => training().step(next)}
    >
      <span className="button__label">{LABELS[next]} ›</span>
    </button>
  );
}
