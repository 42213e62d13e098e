/** The selection slice: which nodes and edges are selected (not undoable, never saved). */
import type { Slice } from './types.ts';

export interface SelectionSlice {
  selectedNodeIds: readonly string[];
  selectedEdgeIds: readonly string[];
  /** Replaces the selection. */
  select(nodeIds: readonly string[], edgeIds?: readonly string[]): void;
  /** Adds or removes single items, as the canvas reports them. */
  changeSelection(changes: { nodes?: Record<string, boolean>; edges?: Record<string, boolean> }): void;
}

const EMPTY: readonly string[] = [];

/** Creates the selection slice. */
export const createSelectionSlice: Slice<SelectionSlice> = (set, get) => ({
  selectedNodeIds: EMPTY,
  selectedEdgeIds: EMPTY,
  select(nodeIds, edgeIds = EMPTY) {
    set({ selectedNodeIds: [...nodeIds], selectedEdgeIds: [...edgeIds] });
  },
  changeSelection({ nodes = {}, edges = {} }) {
    const { selectedNodeIds, selectedEdgeIds } = get();
    const nextNodes = toggle(selectedNodeIds, nodes);
    const nextEdges = toggle(selectedEdgeIds, edges);
    if (nextNodes !== selectedNodeIds || nextEdges !== selectedEdgeIds) set({ selectedNodeIds: nextNodes, selectedEdgeIds: nextEdges });
  },
});

/** The list with the changes applied; the same list when nothing changes, so subscribers stay quiet. */
function toggle(current: readonly string[], changes: Record<string, boolean>): readonly string[] {
  const set = new Set(current);
  let changed = false;
  for (const [id, on] of Object.entries(changes)) {
    if (on === set.has(id)) continue;
    changed = true;
    if (on) set.add(id);
    else set.delete(id);
  }
  return changed ? [...set] : current;
}
