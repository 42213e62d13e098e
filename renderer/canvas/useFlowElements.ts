/** The nodes and edges React Flow draws: the document's, plus the backward pass when gradients are shown. */
import { useMemo, useState } from 'react';
import type { GradientView } from '../store/gradients.ts';
import { gradientViewOf } from '../store/gradients.ts';
import { useAnalysis, useDocument, useFlow } from '../store/hooks.ts';
import { deriveFlowEdges } from './flowEdges.ts';
import { deriveFlowNodes, type FlowNodeCache } from './flowNodes.ts';
import type { OpFlowNode, ShapeFlowEdge } from './flowTypes.ts';
import { deriveGradientFlow } from './gradientFlow.ts';

export interface FlowElements {
  nodes: OpFlowNode[];
  edges: ShapeFlowEdge[];
  /** The gradient view while gradients are shown, so the canvas can say why it is empty. */
  gradients: GradientView | undefined;
}

/** Derives the canvas from the store; each part is recomputed only when its inputs change. */
export function useFlowElements(): FlowElements {
  const doc = useDocument();
  const analysis = useAnalysis();
  const selectedNodes = useFlow((s) => s.selectedNodeIds);
  const selectedEdges = useFlow((s) => s.selectedEdgeIds);
  const dragPositions = useFlow((s) => s.dragPositions);
  const measured = useFlow((s) => s.measured);
  const showGradients = useFlow((s) => s.showGradients);
  // Caches let unchanged nodes keep their objects across renders, so React Flow skips them.
  const [forwardCache] = useState<FlowNodeCache>(() => new Map());
  const [backwardCache] = useState<FlowNodeCache>(() => new Map());

  const forwardNodes = useMemo(
    () => deriveFlowNodes({ doc, analysis, selected: new Set(selectedNodes), dragPositions, measured }, forwardCache),
    [doc, analysis, selectedNodes, dragPositions, measured, forwardCache],
  );
  const forwardEdges = useMemo(() => deriveFlowEdges(doc, analysis, new Set(selectedEdges)), [doc, analysis, selectedEdges]);
  const gradients = showGradients ? gradientViewOf(doc) : undefined;
  return useMemo(() => {
    if (!gradients?.ok) return { nodes: forwardNodes, edges: forwardEdges, gradients };
    const backward = deriveGradientFlow(gradients, measured, backwardCache);
    return { nodes: [...forwardNodes, ...backward.nodes], edges: [...forwardEdges, ...backward.edges], gradients };
  }, [forwardNodes, forwardEdges, gradients, measured, backwardCache]);
}
