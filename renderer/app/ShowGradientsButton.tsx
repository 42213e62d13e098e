/** The "Show gradients" toggle: draws the backward pass the core's autodiff builds for the train node. */
import { flowStore } from '../store/flowStore.ts';
import { useFlow } from '../store/hooks.ts';

/** A toggle button; pressed while the backward nodes are on the canvas. */
export function ShowGradientsButton() {
  const on = useFlow((s) => s.showGradients);
  return (
    <button
      type="button"
      className="button"
      aria-label="Show gradients"
      aria-pressed={on}
      title="Draw the gradient nodes autodiff adds for the Minimize node (read-only)"
      onClick={() => flowStore.getState().setShowGradients(!on)}
    >
      <span className="button__icon" aria-hidden>∇</span>
      <span className="button__label">Show gradients</span>
    </button>
  );
}
