/** Converts a screen point to canvas coordinates, for drops and for placing nodes at the view's centre. */
import { useReactFlow } from '@xyflow/react';
import type { Position } from '../../core/graph/document.ts';

/** The current viewport's screen-to-flow conversion. */
export function useScreenToFlow(): (p: Position) => Position {
  return useReactFlow().screenToFlowPosition;
}

/** The canvas centre on screen, where keyboard-added nodes go. */
export function canvasCentre(): Position {
  const pane = document.querySelector('.react-flow');
  const r = pane?.getBoundingClientRect();
  return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : { x: window.innerWidth / 2, y: window.innerHeight / 2 };
}
