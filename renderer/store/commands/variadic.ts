/**
 * Keeps variadic inputs (Concat's `values:0`, `values:1`, ...) numbered from 0
 * without gaps after edges into them are removed or pasted, because the core
 * reports a gap as an error the user did not make.
 */
import type { GraphDocument, GraphEdge } from '../../../core/graph/document.ts';
import { parseInputSlot, variadicSlot } from '../../../core/graph/document.ts';
import { findOp } from '../../../core/ops/registry.ts';

/** Renumbers the variadic slots of the given target nodes; untouched edges keep their identity. */
export function compactVariadic(doc: GraphDocument, edges: readonly GraphEdge[], targets: Iterable<string>): GraphEdge[] {
  const renamed = new Map<GraphEdge, string>();
  for (const target of new Set(targets)) {
    const node = doc.nodes.find((n) => n.id === target);
    const def = node && findOp(node.op);
    for (const spec of def?.inputs ?? []) {
      if (!spec.variadic) continue;
      const into = edges
        .filter((e) => e.target === target && parseInputSlot(e.targetInput)?.name === spec.name)
        .sort((a, b) => parseInputSlot(a.targetInput)!.index - parseInputSlot(b.targetInput)!.index);
      into.forEach((e, i) => {
        if (e.targetInput !== variadicSlot(spec.name, i)) renamed.set(e, variadicSlot(spec.name, i));
      });
    }
  }
  if (renamed.size === 0) return [...edges];
  return edges.map((e) => (renamed.has(e) ? { ...e, targetInput: renamed.get(e)! } : e));
}

/** How many entries a node's variadic input has. */
export function variadicCount(edges: readonly GraphEdge[], target: string, input: string): number {
  return edges.filter((e) => e.target === target && parseInputSlot(e.targetInput)?.name === input).length;
}
