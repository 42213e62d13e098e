/**
 * Turns React Flow's change events into store updates. Positions stay out of
 * the document while a drag is under way; the drop commits one moveNodes.
 */
import type { EdgeChange, NodeChange } from '@xyflow/react';
import type { Position } from '../../core/graph/document.ts';
import type { Actions } from '../store/actions.ts';
import type { Size } from '../store/canvasSlice.ts';
import type { FlowStore } from '../store/createFlowStore.ts';

/** Applies node changes: sizes, drag positions, drops and selection. Removals are ignored: deletion is a command. */
export function applyNodeChanges(changes: readonly NodeChange[], store: FlowStore, actions: Actions): void {
  const sizes: Record<string, Size> = {};
  const dragging: Record<string, Position> = {};
  const dropped: Record<string, Position> = {};
  const selection: Record<string, boolean> = {};
  for (const c of changes) {
    if (c.type === 'dimensions' && c.dimensions) sizes[c.id] = { width: c.dimensions.width, height: c.dimensions.height };
    else if (c.type === 'position' && c.position) (c.dragging ? dragging : dropped)[c.id] = { x: c.position.x, y: c.position.y };
    else if (c.type === 'select') selection[c.id] = c.selected;
  }
  const s = store.getState();
  if (Object.keys(sizes).length > 0) s.setMeasured(sizes);
  if (Object.keys(selection).length > 0) s.changeSelection({ nodes: selection });
  if (Object.keys(dragging).length > 0) s.setDragPositions(dragging);
  if (Object.keys(dropped).length > 0) {
    actions.moveNodes(dropped);
    s.clearDragPositions(Object.keys(dropped));
  }
}

/** Applies edge changes: only selection; removal goes through the delete command. */
export function applyEdgeChanges(changes: readonly EdgeChange[], store: FlowStore): void {
  const selection: Record<string, boolean> = {};
  for (const c of changes) if (c.type === 'select') selection[c.id] = c.selected;
  if (Object.keys(selection).length > 0) store.getState().changeSelection({ edges: selection });
}
