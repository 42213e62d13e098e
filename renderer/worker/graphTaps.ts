/**
 * Which tensors of a training graph the worker reads for the panels (the
 * gradient of one node: core/runtime/incomingGradient). Never the
 * Minimize or an ApplyGradient: fetching those would train.
 */
import type { TrainingGraph } from '../../core/autodiff/expandTraining.ts';
import type { GraphAnalysis } from '../../core/graph/analyze.ts';
import type { TensorRef } from '../../core/graph/document.ts';

/** The taps of one training graph. */
export interface GraphTaps {
  /** Forward nodes' first outputs, in graph order. */
  forward: TensorRef[];
  /** Backward (gradient) nodes' first outputs, in graph order. */
  backward: TensorRef[];
}

const WRITES_STATE = new Set(['Minimize', 'ApplyGradient']);

/** Every node's first numeric output that can be read without training, split into forward and backward. */
export function graphTaps(graph: TrainingGraph, analysis: GraphAnalysis): GraphTaps {
  const writers = downstreamOfWriters(analysis);
  const forward: TensorRef[] = [];
  const backward: TensorRef[] = [];
  for (const id of analysis.order) {
    if (writers.has(id)) continue;
    const entry = analysis.index.nodes.get(id)!;
    const output = entry.def?.outputs[0]?.name;
    const type = analysis.types.get(id)?.[0];
    if (output === undefined || type === undefined || type.shape === null) continue;
    (graph.origin.has(id) ? backward : forward).push({ node: id, output });
  }
  return { forward, backward };
}

/** Nodes that write state and everything fed by them. */
function downstreamOfWriters(analysis: GraphAnalysis): Set<string> {
  const out = new Set<string>();
  for (const id of analysis.order) {
    const entry = analysis.index.nodes.get(id)!;
    if (WRITES_STATE.has(entry.node.op) || entry.inputs.some((r) => r !== undefined && out.has(r.node))) out.add(id);
  }
  return out;
}
