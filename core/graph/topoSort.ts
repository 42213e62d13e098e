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

/**
 * Of the `stuck` nodes Kahn's sort could not order, those that lie on a cycle
 * rather than merely downstream of (or between) cycles: members of a strongly
 * connected component with two or more nodes, or with an edge to itself.
 * Kosaraju's algorithm, iterative so a long chain cannot overflow the stack.
 */
export function nodesOnCycles(stuck: readonly string[], predecessors: (id: string) => Iterable<string>): string[] {
  const inSet = new Set(stuck);
  const preds = new Map<string, string[]>();
  const succs = new Map<string, string[]>(stuck.map((id) => [id, []]));
  const selfLoop = new Set<string>();
  for (const id of stuck) {
    const ps = [...predecessors(id)].filter((p) => inSet.has(p));
    preds.set(id, ps);
    for (const p of ps) {
      if (p === id) selfLoop.add(id);
      succs.get(p)!.push(id);
    }
  }
  const finished = postOrder(stuck, succs);
  const component = new Map<string, number>();
  const sizes: number[] = [];
  for (let i = finished.length - 1; i >= 0; i--) {
    if (component.has(finished[i])) continue;
    const c = sizes.push(0) - 1;
    const stack = [finished[i]];
    component.set(finished[i], c);
    while (stack.length > 0) {
      const id = stack.pop()!;
      sizes[c]++;
      for (const p of preds.get(id)!) {
        if (component.has(p)) continue;
        component.set(p, c);
        stack.push(p);
      }
    }
  }
  return stuck.filter((id) => sizes[component.get(id)!] > 1 || selfLoop.has(id));
}

/** Depth-first finishing order over `succs`, without recursion. */
function postOrder(ids: readonly string[], succs: Map<string, string[]>): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  for (const root of ids) {
    if (seen.has(root)) continue;
    seen.add(root);
    const stack: [string, number][] = [[root, 0]];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const next = succs.get(top[0])![top[1]++];
      if (next === undefined) {
        order.push(top[0]);
        stack.pop();
      } else if (!seen.has(next)) {
        seen.add(next);
        stack.push([next, 0]);
      }
    }
  }
  return order;
}
