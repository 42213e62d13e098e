/** Undo and redo on a store: the temporal history, plus a selection kept to nodes that exist. */
import type { FlowStore } from './createFlowStore.ts';

/** Undoes the last edit; returns whether there was one. */
export function undo(store: FlowStore): boolean {
  const temporal = store.temporal.getState();
  if (temporal.pastStates.length === 0) return false;
  temporal.undo();
  pruneSelection(store);
  return true;
}

/** Redoes the last undone edit; returns whether there was one. */
export function redo(store: FlowStore): boolean {
  const temporal = store.temporal.getState();
  if (temporal.futureStates.length === 0) return false;
  temporal.redo();
  pruneSelection(store);
  return true;
}

/** Drops selected ids the document no longer has (an undone add, a redone delete). */
function pruneSelection(store: FlowStore): void {
  const { document, selectedNodeIds, selectedEdgeIds, select } = store.getState();
  const nodes = new Set(document.nodes.map((n) => n.id));
  const edges = new Set(document.edges.map((e) => e.id));
  const keptNodes = selectedNodeIds.filter((id) => nodes.has(id));
  const keptEdges = selectedEdgeIds.filter((id) => edges.has(id));
  if (keptNodes.length !== selectedNodeIds.length || keptEdges.length !== selectedEdgeIds.length) select(keptNodes, keptEdges);
}
