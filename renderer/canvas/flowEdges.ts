/** React Flow edges derived from the document, labelled with the shape each one carries. */
import type { GraphAnalysis } from '../../core/graph/analyze.ts';
import { typeOf } from '../../core/graph/analyze.ts';
import type { GraphDocument } from '../../core/graph/document.ts';
import { formatShape } from '../../core/graph/shape.ts';
import type { ShapeFlowEdge } from './flowTypes.ts';

/** The canvas edges: handles are the output and input names; the label is the inferred shape (`[?,784]`). */
export function deriveFlowEdges(doc: GraphDocument, analysis: GraphAnalysis, selected: ReadonlySet<string>): ShapeFlowEdge[] {
  const broken = new Set(analysis.diagnostics.filter((d) => d.edgeId && d.severity === 'error').map((d) => d.edgeId));
  return doc.edges.map((e) => {
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
    return edge;
  });
}
