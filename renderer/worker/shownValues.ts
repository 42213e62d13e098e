/**
 * Which values step-through shows after each press, so the canvas teaches one
 * thing at a time: after a reset only the variables; Forward the forward
 * pass; Backward the gradients too; Update the variables again, as changed.
 */
import type { TrainingGraph } from '../../core/autodiff/expandTraining.ts';
import type { GraphAnalysis } from '../../core/graph/analyze.ts';
import type { TensorRef } from '../../core/graph/document.ts';
import type { ValuesShown } from '../training/protocol.ts';
import type { GraphTaps } from './graphTaps.ts';

interface Shown {
  taps: GraphTaps;
  analysis: GraphAnalysis;
  trainer: { graph: TrainingGraph };
}

/** Whether `shows` holds only the variables. */
function variablesOnly(shows: ValuesShown): boolean {
  return shows === 'initial' || shows === 'update';
}

/** The tensors to read for `shows`. */
export function shownTaps({ taps, analysis }: Shown, shows: ValuesShown): TensorRef[] {
  if (variablesOnly(shows)) return taps.forward.filter((r) => analysis.index.nodes.get(r.node)?.node.op === 'Variable');
  if (shows === 'forward') return taps.forward;
  return [...taps.forward, ...taps.backward];
}

/** Whether the node's value is among those `shows` holds. */
export function showsValueOf({ analysis, trainer }: Shown, shows: ValuesShown, nodeId: string): boolean {
  if (variablesOnly(shows)) return analysis.index.nodes.get(nodeId)?.node.op === 'Variable';
  if (shows === 'forward') return !trainer.graph.origin.has(nodeId);
  return true;
}

/** Whether gradients have been computed for `shows`. */
export function showsGradients(shows: ValuesShown): boolean {
  return shows === 'backward' || shows === 'step' || shows === 'training';
}
