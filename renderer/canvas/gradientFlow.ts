/** The backward pass as read-only canvas nodes and dashed edges, laid out beside the forward graph. */
import type { GraphNode } from '../../core/graph/document.ts';
import type { Size } from '../store/canvasSlice.ts';
import type { GradientView } from '../store/gradients.ts';
import { deriveFlowEdges } from './flowEdges.ts';
import { deriveFlowNodes, type FlowNodeCache } from './flowNodes.ts';
import type { OpFlowNode, ShapeFlowEdge } from './flowTypes.ts';
import { gradientPositions } from './gradientLayout.ts';

const NONE = new Set<string>();

const decorated = new WeakMap<OpFlowNode, OpFlowNode>();

/** The node made read-only and explained; the same object for the same node and text, so React Flow skips it. */
function readOnly(n: OpFlowNode, gradient: string, differentiates: string | undefined): OpFlowNode {
  const last = decorated.get(n);
  if (last && last.data.gradient === gradient && last.data.differentiates === differentiates) return last;
  const flow = { ...n, data: { ...n.data, gradient, differentiates }, draggable: false, selectable: false, connectable: false, deletable: false };
  decorated.set(n, flow);
  return flow;
}

/** Backward nodes moved to their laid-out positions; a node whose position did not change keeps its object, so its canvas node is reused. */
export type PlacedCache = Map<string, GraphNode>;

/** Canvas nodes and edges for a gradient view; they can be looked at, not edited. */
export function deriveGradientFlow(
  view: Extract<GradientView, { ok: true }>,
  forward: readonly GraphNode[],
  measured: Readonly<Record<string, Size>>,
  cache: FlowNodeCache,
  placedCache: PlacedCache = new Map(),
): { nodes: OpFlowNode[]; edges: ShapeFlowEdge[] } {
  const positions = gradientPositions(view, forward, measured);
  const placed = view.nodes.map((n) => {
    const p = positions.get(n.id)!;
    const last = placedCache.get(n.id);
    if (last && last.op === n.op && last.name === n.name && last.position.x === p.x && last.position.y === p.y) return last;
    const next = { ...n, position: p };
    placedCache.set(n.id, next);
    return next;
  });
  const doc = { ...view.doc, nodes: placed, edges: view.edges };
  const nodes = deriveFlowNodes({ doc, analysis: view.analysis, selected: NONE, dragPositions: {}, measured }, cache).map((n) =>
    readOnly(n, view.explain.get(n.id) ?? 'Part of the backward pass', view.forwardOf.get(n.id)),
  );
  const backward = new Set(view.nodes.map((n) => n.id));
  // Forward values the backward pass reads (a weight, an activation) are drawn fainter than the gradient flow itself.
  // Their shapes are already on the forward graph's own edges, so they go unlabelled.
  const edges = deriveFlowEdges(doc, view.analysis, NONE).map((e) => {
    const ownFlow = backward.has(e.source);
    return {
      ...e,
      label: ownFlow ? e.label : undefined,
      selectable: false,
      deletable: false,
      className: [ownFlow ? 'edge--gradient' : 'edge--gradient edge--forward-use', e.className].filter(Boolean).join(' '),
    };
  });
  return { nodes, edges };
}
