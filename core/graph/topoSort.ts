/**
 * Kahn's topological sort over node ids. Nodes on or behind a cycle are
 * returned separately so every other node can still be checked.
 */
export function topoSort(ids: Iterable<string>, predecessors: (id: string) => Iterable<string>): { order: string[]; cyclic: string[] } {
  const indegree = new Map<string, number>();
  const successors = new Map<string, string[]>();
  for (const id of ids) {
    indegree.set(id, 0);
    successors.set(id, []);
  }
  for (const id of indegree.keys()) {
    for (const p of predecessors(id)) {
      if (!indegree.has(p)) continue;
      indegree.set(id, indegree.get(id)! + 1);
      successors.get(p)!.push(id);
    }
  }
  const order: string[] = [];
  for (const [id, d] of indegree) if (d === 0) order.push(id);
  for (let i = 0; i < order.length; i++) {
    for (const s of successors.get(order[i])!) {
      const d = indegree.get(s)! - 1;
      indegree.set(s, d);
      if (d === 0) order.push(s);
    }
  }
  const cyclic = order.length === indegree.size ? [] : [...indegree.keys()].filter((id) => indegree.get(id)! > 0);
  return { order, cyclic };
}
