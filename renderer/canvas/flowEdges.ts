/** React Flow edges derived from the document, labelled with the shape each one carries. */
import type { GraphAnalysis } from '../../core/graph/analyze.ts';
import { typeOf } from '../../core/graph/analyze.ts';
import type { GraphDocument, GraphEdge } from '../../core/graph/document.ts';
import { formatShape } from '../../core/graph/shape.ts';
import type { ShapeFlowEdge } from './flowTypes.ts';

/** Edge id -> the edge and canvas edge last derived for it, so an unchanged edge keeps its object and React Flow skips it. */
export type FlowEdgeCache = Map<string, { edge: GraphEdge; flow: ShapeFlowEdge }>;

/** The canvas edges: handles are the output and input names; the label is the inferred shape (`[?,784]`). */
export function deriveFlowEdges(doc: GraphDocument, analysis: GraphAnalysis, selected: ReadonlySet<string>, cache: FlowEdgeCache = new Map()): ShapeFlowEdge[] {
  const broken = new Set(analysis.diagnostics.filter((d) => d.edgeId && d.severity === 'error').map((d) => d.edgeId));
  const seen = new Set<string>();
  const out = doc.edges.map((e) => {
    seen.add(e.id);
    const type = typeOf(analysis, { node: e.source, output: e.sourceOutput });
    const edge: ShapeFlowEdge = {
      id: e.id,
      source: e.source,
      sourceHandle: e.sourceOutput,
      target: e.target,
      targetHandle: e.targetInput,
      selected: selected.has(e.id),
      className: broken.has(e.id) ? 'edge--error' : undefined,
    };
    if (type) edge.label = formatShape(type.shape);
    const cached = cache.get(e.id);
    if (cached && cached.edge === e && cached.flow.label === edge.label && cached.flow.selected === edge.selected && cached.flow.className === edge.className) return cached.flow;
    cache.set(e.id, { edge: e, flow: edge });
    return edge;
  });
  for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
  return out;
}
