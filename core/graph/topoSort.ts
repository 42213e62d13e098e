/**
 * Kahn's topological sort over node ids. Nodes on or behind a cycle are
 * returned separately so every other node can still be checked.
 */
export function topoSort(ids: Iterable<string>, predecessors: (id: string) => Iterable<string>): { order: string[]; cyclic: string[] } {
  // Numbered once, then typed arrays: per node, a large graph costs what a small one does.
  const slot = new Map<string, number>();
  const names: string[] = [];
  for (const id of ids) if (!slot.has(id)) slot.set(id, names.push(id) - 1);
  const count = names.length;
  const indegree = new Int32Array(count);
  // Each edge as (predecessor, node), in the order the predecessors are listed.
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < count; i++) {
    for (const p of predecessors(names[i])) {
      const j = slot.get(p);
      if (j === undefined) continue;
      indegree[i]++;
      from.push(j);
      to.push(i);
    }
  }
  // Successors of node j are succ[start[j] .. start[j + 1]), in the order the edges were found.
  const start = new Int32Array(count + 1);
  for (const j of from) start[j + 1]++;
  for (let j = 0; j < count; j++) start[j + 1] += start[j];
  const fill = start.slice(0, count);
  const succ = new Int32Array(from.length);
  from.forEach((j, e) => (succ[fill[j]++] = to[e]));

  const queue = new Int32Array(count);
  let queued = 0;
  for (let i = 0; i < count; i++) if (indegree[i] === 0) queue[queued++] = i;
  for (let q = 0; q < queued; q++) {
    const j = queue[q];
    for (let k = start[j]; k < start[j + 1]; k++) if (--indegree[succ[k]] === 0) queue[queued++] = succ[k];
  }
  const order = Array.from(queue.subarray(0, queued), (i) => names[i]);
  const cyclic = queued === count ? [] : names.filter((_, i) => indegree[i] > 0);
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
