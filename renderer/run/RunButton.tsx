/** The run bar's Run button: opens (or closes) the Run panel. Works on any graph, with or without a Minimize. */
import { keysFor } from '../ui/shortcuts.ts';
import { toggleRun } from './runActions.ts';
import { useRunPanel } from './runPanelStore.ts';

/** An outlined triangle: computes, unlike Train's filled one. */
const RunIcon = () => (
  <svg className="icon" width="14" height="14" viewBox="0 0 14 14" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" aria-hidden>
    <path d="M3.8 2.5v9l7.2-4.5Z" />
  </svg>
);

/** Pressed while the panel is open. */
export function RunButton() {
  const open = useRunPanel((s) => s.open);
  return (
    <button
      type="button"
      className="button"
      aria-label="Run"
      aria-pressed={open}
      title={`Run the graph once, as sess.run(fetches, feed_dict): the selected node or the graph's outputs (${keysFor('run')})`}
      onClick={toggleRun}
    >
      <RunIcon />
      <span className="button__label">Run</span>
    </button>
  );
}
