/**
 * Whether a checkpoint fits a graph, as TF1's Saver.restore decides: every
 * Variable of the graph saved under its name with its shape and dtype, and
 * nothing saved that the graph lacks. A mismatch refuses the whole load,
 * naming each variable; a changed fingerprint alone is only a note.
 */
import type { GraphAnalysis } from '../graph/analyze.ts';
import { formatShape } from '../graph/shape.ts';
import { graphFingerprint } from './graphFingerprint.ts';
import type { LoadedCheckpoint } from './savedState.ts';

export interface CheckpointMismatch {
  name: string;
  kind: 'missing' | 'extra' | 'shape' | 'dtype';
  /** One phrase: `"W1" has shape [2,3] in the file and [2,2] in the graph`. */
  message: string;
}

export type CheckpointMatch = { ok: true; notes: string[] } | { ok: false; mismatches: CheckpointMismatch[]; message: string };

/** Compares the checkpoint's variables with the graph's Variable nodes (by name). */
export function matchCheckpoint(analysis: GraphAnalysis, checkpoint: LoadedCheckpoint): CheckpointMatch {
  const mismatches: CheckpointMismatch[] = [];
  const inGraph = new Set<string>();
  for (const node of analysis.doc.nodes) {
    if (node.op !== 'Variable') continue;
    inGraph.add(node.name);
    const type = analysis.types.get(node.id)?.[0];
    const saved = checkpoint.variables.get(node.name);
    const shape = type?.shape ?? null;
    if (!saved) mismatches.push({ name: node.name, kind: 'missing', message: `"${node.name}" ${formatShape(shape)} is not in the file` });
    else if (type && type.dtype !== 'float32') mismatches.push({ name: node.name, kind: 'dtype', message: `"${node.name}" is ${type.dtype} in the graph and float32 in the file` });
    else if (shape === null || formatShape(shape) !== formatShape(saved.shape))
      mismatches.push({ name: node.name, kind: 'shape', message: `"${node.name}" has shape ${formatShape(saved.shape)} in the file and ${formatShape(shape)} in the graph` });
  }
  for (const [name, saved] of checkpoint.variables)
    if (!inGraph.has(name)) mismatches.push({ name, kind: 'extra', message: `"${name}" ${formatShape(saved.shape)} is in the file but the graph has no Variable of that name` });
  if (mismatches.length > 0) {
    const message = `these weights are from another graph ("${checkpoint.graph.title}"): ${mismatches.map((m) => m.message).join('; ')}. Nothing was loaded. Load weights saved from this graph, or rename or reshape the Variables to match.`;
    return { ok: false, mismatches, message };
  }
  const notes: string[] = [];
  if (checkpoint.graph.fingerprint !== graphFingerprint(analysis.doc))
    notes.push(`the graph changed since these weights were saved (from "${checkpoint.graph.title}"); its Variables still match, so they were loaded`);
  return { ok: true, notes };
}
