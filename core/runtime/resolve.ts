/**
 * Finds a tensor by what a user types: a node's name or id, optionally
 * followed by `:output` (`layer1/W`, `add:z`).
 */
import type { GraphAnalysis } from '../graph/analyze.ts';
import type { TensorRef } from '../graph/document.ts';
import { RunError } from './runError.ts';

/** Resolves `name`, `id`, `name:output` or `id:output`; throws RunError with a suggestion. */
export function resolveTensor(analysis: GraphAnalysis, text: string): TensorRef {
  const { index } = analysis;
  const direct = index.byName.get(text) ?? (index.nodes.has(text) ? text : undefined);
  let nodeId = direct;
  let output: string | undefined;
  if (nodeId === undefined) {
    const colon = text.lastIndexOf(':');
    if (colon > 0) {
      const head = text.slice(0, colon);
      nodeId = index.byName.get(head) ?? (index.nodes.has(head) ? head : undefined);
      output = text.slice(colon + 1);
    }
  }
  if (nodeId === undefined) {
    const names = [...index.byName.keys()].slice(0, 12).join(', ');
    throw new RunError(`no node is named "${text}"; nodes are: ${names}${index.byName.size > 12 ? ', ...' : ''}`);
  }
  const entry = index.nodes.get(nodeId)!;
  const outputs = entry.def?.outputs.map((o) => o.name) ?? [];
  const chosen = output ?? outputs[0];
  if (chosen === undefined || !outputs.includes(chosen))
    throw new RunError(`${entry.node.op} "${entry.node.name}" has no output "${output ?? ''}"; outputs are: ${outputs.join(', ') || '(none)'}`, nodeId);
  return { node: nodeId, output: chosen };
}
