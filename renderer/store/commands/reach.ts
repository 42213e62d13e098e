/** Graph reachability for refusing edges that would close a cycle. */
import type { GraphEdge } from '../../../core/graph/document.ts';

/** True when `to` can be reached from `from` by following edges downstream (or is `from`). */
export function reaches(edges: readonly GraphEdge[], from: string, to: string): boolean {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.source, [...(next.get(e.source) ?? []), e.target]);
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (id === to) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(next.get(id) ?? []));
  }
  return false;
}
