/** Where the loss's gradient with respect to a forward node is found in a training graph. */
import type { TrainingGraph } from '../autodiff/expandTraining.ts';
import type { GraphAnalysis } from '../graph/analyze.ts';
import type { TensorRef } from '../graph/document.ts';

/**
 * The tensors whose sum is dL/d(node's output): for a Variable its gradient;
 * otherwise the gradients flowing into the node's own backward nodes from
 * other nodes' backward nodes (one per consumer, summed where a fan-out
 * meets). Empty when the loss does not depend on the node.
 */
export function incomingGradient(graph: TrainingGraph, analysis: GraphAnalysis, nodeId: string): TensorRef[] {
  const direct = graph.gradients.get(nodeId);
  if (direct) return [direct];
  const refs = new Map<string, TensorRef>();
  for (const [id, origin] of graph.origin) {
    if (origin.forwardNode !== nodeId) continue;
    for (const ref of analysis.index.nodes.get(id)?.inputs ?? []) {
      if (ref === undefined) continue;
      const from = graph.origin.get(ref.node);
      if (from !== undefined && from.forwardNode !== nodeId) refs.set(`${ref.node}:${ref.output}`, ref);
    }
  }
  return [...refs.values()];
}
