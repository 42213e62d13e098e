/** The toolbar's canvas tools: auto-layout, zoom to fit, snap to grid and the shortcuts list; each says its key. */
import { useViewActions } from '../canvas/useViewActions.ts';
import { actions, flowStore } from '../store/flowStore.ts';
import { useFlow } from '../store/hooks.ts';
import { FitIcon, GridIcon, LayoutIcon } from './icons.tsx';
import { keysFor } from '../ui/shortcuts.ts';

/** Icon buttons, each with an accessible name and its shortcut in the tooltip. */
export function CanvasTools() {
  const view = useViewActions();
  const snap = useFlow((s) => s.snapToGrid);
  const empty = useFlow((s) => s.document.nodes.length === 0);
  return (
    <div className="toolbar__group" role="group" aria-label="Canvas">
      <button type="button" className="button button--icon" aria-label="Auto-layout" title={`Auto-layout left to right (${keysFor('autoLayout')})`} disabled={empty} onClick={() => actions.autoLayout()}>
        <LayoutIcon />
      </button>
      <button type="button" className="button button--icon" aria-label="Zoom to fit" title={`Zoom to fit (${keysFor('fitView')})`} onClick={() => view.fit()}>
        <FitIcon />
      </button>
      <button
        type="button"
        className="button button--icon"
        aria-label="Snap to grid"
        aria-pressed={snap}
        title={`Snap to grid: ${snap ? 'on' : 'off'} (${keysFor('toggleSnap')})`}
        onClick={() => flowStore.getState().setSnapToGrid(!snap)}
      >
        <GridIcon />
      </button>
    </div>
  );
}

/** The button that opens the shortcuts list. */
export function HelpButton() {
  return (
    <button type="button" className="button button--icon" aria-label="Keyboard shortcuts" title={`Keyboard shortcuts (${keysFor('help')})`} onClick={() => flowStore.getState().setHelpOpen(true)}>
      <span className="button__icon" aria-hidden>
        ?
      </span>
    </button>
  );
}
