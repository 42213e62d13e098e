/**
 * What Run can fetch and what it must feed: every node with an output but
 * the ones that train; by default the selected nodes, else the graph's sinks
 * (nodes whose value nothing else reads, the Minimize aside); and the
 * Placeholders the fetches depend on.
 */
import { ancestors } from '../../core/autodiff/paths.ts';
import type { GraphAnalysis } from '../../core/graph/analyze.ts';
import type { GraphNode } from '../../core/graph/document.ts';

/** Ops that take a training step when run: never fetched by Run. */
const TRAINS = new Set(['Minimize', 'ApplyGradient']);

/** Whether Run can fetch the node. */
export function isFetchable(analysis: GraphAnalysis, id: string): boolean {
  const entry = analysis.index.nodes.get(id);
  return entry !== undefined && !TRAINS.has(entry.node.op) && (entry.def?.outputs.length ?? 0) > 0;
}

/** The nodes Run can fetch, in document order. */
export function fetchableNodes(analysis: GraphAnalysis): GraphNode[] {
  return analysis.doc.nodes.filter((n) => isFetchable(analysis, n.id));
}

/** The selected nodes Run can fetch; else the fetchable nodes no other fetchable node reads. */
export function defaultFetches(analysis: GraphAnalysis, selected: readonly string[]): string[] {
  const picked = selected.filter((id) => isFetchable(analysis, id));
  if (picked.length > 0) return picked;
  const read = new Set<string>();
  for (const [id, entry] of analysis.index.nodes) {
    if (!isFetchable(analysis, id)) continue;
    for (const ref of entry.inputs) if (ref) read.add(ref.node);
  }
  return fetchableNodes(analysis)
    .filter((n) => !read.has(n.id))
    .map((n) => n.id);
}

/** The Placeholders the fetches depend on, in document order. */
export function neededPlaceholders(analysis: GraphAnalysis, fetches: readonly string[]): GraphNode[] {
  const needed = new Set(fetches.flatMap((id) => [...ancestors(analysis.index, id)]));
  return analysis.doc.nodes.filter((n) => n.op === 'Placeholder' && needed.has(n.id));
}
