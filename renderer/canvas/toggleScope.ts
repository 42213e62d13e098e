/** Collapsing or opening a name scope; the nodes a collapse hides leave the selection, so Delete cannot reach what is out of sight. */
import type { FlowStore } from '../store/createFlowStore.ts';

/** Toggles the scope `key` (a scope path, or the gradients group, which holds no selectable node). */
export function toggleScope(store: FlowStore, key: string): void {
  const s = store.getState();
  s.toggleScope(key);
  const inside = (id: string) => s.document.nodes.find((n) => n.id === id)?.name.startsWith(`${key}/`) ?? false;
  const kept = s.selectedNodeIds.filter((id) => !inside(id));
  if (kept.length !== s.selectedNodeIds.length) s.select(kept, s.selectedEdgeIds);
}
