/** The backward pass as read-only canvas nodes and dashed edges, beside the forward graph. */
import type { GradientView } from '../store/gradients.ts';
import type { Size } from '../store/canvasSlice.ts';
import { deriveFlowEdges } from './flowEdges.ts';
import { deriveFlowNodes, type FlowNodeCache } from './flowNodes.ts';
import type { OpFlowNode, ShapeFlowEdge } from './flowTypes.ts';

const NONE = new Set<string>();

/** Canvas nodes and edges for a gradient view; they can be looked at, not edited. */
export function deriveGradientFlow(view: Extract<GradientView, { ok: true }>, measured: Readonly<Record<string, Size>>, cache: FlowNodeCache): { nodes: OpFlowNode[]; edges: ShapeFlowEdge[] } {
  const doc = { ...view.doc, nodes: view.nodes, edges: view.edges };
  const nodes = deriveFlowNodes({ doc, analysis: view.analysis, selected: NONE, dragPositions: {}, measured }, cache).map((n) => ({
    ...n,
    data: { ...n.data, gradient: view.explain.get(n.id) ?? 'Part of the backward pass' },
    draggable: false,
    selectable: false,
    connectable: false,
    deletable: false,
  }));
  const edges = deriveFlowEdges(doc, view.analysis, NONE).map((e) => ({ ...e, selectable: false, deletable: false, className: `edge--gradient ${e.className ?? ''}`.trim() }));
  return { nodes, edges };
}
