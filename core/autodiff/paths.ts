/**
 * Which nodes the backward pass visits: those on some path from a variable to
 * the loss. Everything else has no gradient to pass on.
 */
import type { GraphIndex } from '../graph/graphIndex.ts';

/** Every node the loss depends on, the loss included. */
export function ancestors(index: GraphIndex, of: string): Set<string> {
  const seen = new Set<string>();
  const stack = [of];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const ref of index.nodes.get(id)?.inputs ?? []) if (ref) stack.push(ref.node);
  }
  return seen;
}

/** Nodes, in topological order, that lie on a path from one of `sources` to the loss. */
export function between(index: GraphIndex, order: readonly string[], sources: ReadonlySet<string>, lossAncestors: ReadonlySet<string>): string[] {
  const on = new Set<string>();
  for (const id of order) {
    if (!lossAncestors.has(id)) continue;
    if (sources.has(id) || index.nodes.get(id)!.inputs.some((ref) => ref !== undefined && on.has(ref.node))) on.add(id);
  }
  return order.filter((id) => on.has(id));
}
