/**
 * Where the pointer last was over the canvas, in window coordinates, so Space
 * can open quick-add there. Kept outside the store: it changes on every mouse
 * move and nothing re-renders for it.
 */
import type { Position } from '../../core/graph/document.ts';

let last: Position | undefined;

/** Records the pointer over the canvas; undefined when it left. */
export function setCanvasPointer(p: Position | undefined): void {
  last = p;
}

/** The pointer, while it is over the canvas. */
export function canvasPointer(): Position | undefined {
  return last;
}
