import { describe, expect, it } from 'vitest';
import { nodesOnCycles, topoSort } from './topoSort.ts';

/** Predecessors from a list of [from, to] edges. */
function preds(edges: [string, string][]): (id: string) => string[] {
  return (id) => edges.filter(([, to]) => to === id).map(([from]) => from);
}

describe('topoSort', () => {
  it('orders every node after its inputs and sets aside what a cycle blocks', () => {
    const edges: [string, string][] = [['a', 'b'], ['b', 'c'], ['x', 'y'], ['y', 'x'], ['y', 'z']];
    const { order, cyclic } = topoSort(['c', 'b', 'a', 'x', 'y', 'z'], preds(edges));
    expect(order).toEqual(['a', 'b', 'c']);
    expect(cyclic.sort()).toEqual(['x', 'y', 'z']);
  });
});

describe('nodesOnCycles', () => {
  it('keeps members of loops and self-loops, not nodes downstream of or between loops', () => {
    const edges: [string, string][] = [['a', 'b'], ['b', 'a'], ['b', 'm'], ['m', 'c'], ['c', 'd'], ['d', 'c'], ['d', 'z'], ['s', 's'], ['z', 's']];
    const ids = ['a', 'b', 'm', 'c', 'd', 'z', 's'];
    const { cyclic } = topoSort(ids, preds(edges));
    expect(nodesOnCycles(cyclic, preds(edges)).sort()).toEqual(['a', 'b', 'c', 'd', 's']);
  });

  it('handles a 100,000-node loop without recursion', () => {
    const n = 100_000;
    const ids = Array.from({ length: n }, (_, i) => `n${i}`);
    const predecessor = (id: string) => [`n${(Number(id.slice(1)) + n - 1) % n}`];
    const { cyclic } = topoSort(ids, predecessor);
    expect(nodesOnCycles(cyclic, predecessor).length).toBe(n);
  });
});
