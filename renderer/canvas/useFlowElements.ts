/** The nodes and edges React Flow draws: the document's, the backward pass when shown, and name scopes as groups. */
import { useMemo, useState } from 'react';
import type { GradientView } from '../store/gradients.ts';
import { gradientViewOf } from '../store/gradients.ts';
import { useAnalysis, useDocument, useFlow } from '../store/hooks.ts';
import { estimatedSize } from '../store/commands/autoLayout.ts';
import { deriveFlowEdges, type FlowEdgeCache } from './flowEdges.ts';
import { deriveFlowNodes, type FlowNodeCache } from './flowNodes.ts';
import type { CanvasNode, OpFlowNode, ShapeFlowEdge } from './flowTypes.ts';
import { deriveGradientFlow, type PlacedCache } from './gradientFlow.ts';
import { groupScopes, type ScopeNodeCache } from './scopes.ts';

export interface FlowElements {
  nodes: CanvasNode[];
  edges: ShapeFlowEdge[];
  /** The gradient view while gradients are shown, so the canvas can say why it is empty. */
  gradients: GradientView | undefined;
}

const NO_SCOPES: readonly string[] = [];

/** Derives the canvas from the store; each part is recomputed only when its inputs change. */
export function useFlowElements(): FlowElements {
  const doc = useDocument();
  const analysis = useAnalysis();
  const selectedNodes = useFlow((s) => s.selectedNodeIds);
  const selectedEdges = useFlow((s) => s.selectedEdgeIds);
  const dragPositions = useFlow((s) => s.dragPositions);
  const measured = useFlow((s) => s.measured);
  const showGradients = useFlow((s) => s.showGradients);
  const collapsed = useFlow((s) => (s.collapsedScopes.generation === s.generation ? s.collapsedScopes.keys : NO_SCOPES));
  // Caches let unchanged nodes keep their objects across renders, so React Flow skips them.
  const [forwardCache] = useState<FlowNodeCache>(() => new Map());
  const [backwardCache] = useState<FlowNodeCache>(() => new Map());
  const [placedCache] = useState<PlacedCache>(() => new Map());
  const [edgeCache] = useState<FlowEdgeCache>(() => new Map());
  const [scopeCache] = useState<ScopeNodeCache>(() => new Map());

  const forwardNodes = useMemo(
    () => deriveFlowNodes({ doc, analysis, selected: new Set(selectedNodes), dragPositions, measured }, forwardCache),
    [doc, analysis, selectedNodes, dragPositions, measured, forwardCache],
  );
  const forwardEdges = useMemo(() => deriveFlowEdges(doc, analysis, new Set(selectedEdges), edgeCache), [doc, analysis, selectedEdges, edgeCache]);
  const gradients = showGradients ? gradientViewOf(doc) : undefined;
  const backward = useMemo(
    () => (gradients?.ok ? deriveGradientFlow(gradients, doc.nodes, measured, backwardCache, placedCache) : undefined),
    [gradients, doc.nodes, measured, backwardCache, placedCache],
  );
  return useMemo(() => {
    const nodes = backward ? [...forwardNodes, ...backward.nodes] : forwardNodes;
    const edges = backward ? [...forwardEdges, ...backward.edges] : forwardEdges;
    const sizeOf = (n: OpFlowNode) => measured[n.id] ?? estimatedSize(n.data.op);
    return { ...groupScopes({ nodes, edges, collapsed: new Set(collapsed), sizeOf }, scopeCache), gradients };
  }, [forwardNodes, forwardEdges, backward, collapsed, measured, gradients, scopeCache]);
}
