/** Dragging an op from the palette onto the canvas: the drag data's type and where the node lands. */
import type { Position } from '../../core/graph/document.ts';

/** The drag data type that carries an op kind. */
export const OP_DRAG_TYPE = 'application/x-flowboard-op';

/** The canvas grid nodes snap to, in flow units. */
export const GRID = 20;

/** Where a dropped node goes: the pointer on its header rather than its corner, snapped to the grid. */
export function nodeOriginForDrop(pointer: Position): Position {
  const snap = (v: number) => Math.round(v / GRID) * GRID;
  return { x: snap(pointer.x - 80), y: snap(pointer.y - 16) };
}

/** Where a quick-added node goes when wired to a dragged link: its first input (or, from an input, its output) at the pointer. */
export function nodeOriginForLink(pointer: Position, from: 'source' | 'target'): Position {
  const snap = (v: number) => Math.round(v / GRID) * GRID;
  // The first port row sits about 40 units below a node's top; nodes are about 180 wide.
  return { x: snap(from === 'source' ? pointer.x + 8 : pointer.x - 188), y: snap(pointer.y - 40) };
}
