/** A piece of a graph on the clipboard: some nodes and the edges among them. */
import type { GraphDocument, GraphEdge, GraphNode } from '../../../core/graph/document.ts';

export interface Fragment {
  nodes: GraphNode[];
  /** Only edges whose both ends are in `nodes`. */
  edges: GraphEdge[];
}

/** Copies the given nodes and the edges between them, in document order. */
export function copyFragment(doc: GraphDocument, nodeIds: readonly string[]): Fragment {
  const ids = new Set(nodeIds);
  return {
    nodes: structuredClone(doc.nodes.filter((n) => ids.has(n.id))),
    edges: structuredClone(doc.edges.filter((e) => ids.has(e.source) && ids.has(e.target))),
  };
}
