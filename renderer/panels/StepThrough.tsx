/**
 * Step-through mode for learning backprop: one training step in three
 * presses. Forward computes every forward node's value on the next batch,
 * backward every gradient node's, update applies the step. Node badges on the
 * canvas show each value as it is computed.
 */
import { useFlow } from '../store/hooks.ts';
import { training } from '../training/appTraining.ts';

const NEXT = { undefined: 'forward', forward: 'backward', backward: 'update' } as const;
const LABELS = { forward: 'Forward', backward: 'Backward', update: 'Update' } as const;

/** One button that walks forward, backward, update. */
export function StepThrough({ disabled }: { disabled: boolean }) {
  const phase = useFlow((s) => s.run.phase);
  const next = NEXT[String(phase) as keyof typeof NEXT];
  return (
    <button
      type="button"
      className="button"
      aria-label={`Step through: ${LABELS[next].toLowerCase()}`}
      title={`Step through one training step: the forward pass, then the backward pass, then the update${phase ? ` (${phase} pass done)` : ''}`}
      disabled={disabled}
      onClick={() => training().step(next)}
    >
      <span className="button__label">{LABELS[next]} ›</span>
    </button>
  );
}
