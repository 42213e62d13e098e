import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/graph/analyze.ts';
import { layeredGraph } from './layeredGraph.ts';

describe('layeredGraph', () => {
  it('makes about 1,000 nodes that analyse without a single diagnostic', () => {
    const g = layeredGraph(1000);
    expect(g.nodes.length).toBeGreaterThan(950);
    expect(g.nodes.length).toBeLessThanOrEqual(1000);
    const a = analyze(g);
    expect(a.diagnostics).toEqual([]);
    expect(a.order.length).toBe(g.nodes.length);
    const last = g.nodes[g.nodes.length - 1];
    expect(a.types.get(last.id)).toEqual([{ dtype: 'float32', shape: [null, 10] }]);
  });

  it('is the same graph for the same seed', () => {
    expect(layeredGraph(300, 7)).toEqual(layeredGraph(300, 7));
    expect(layeredGraph(300, 7)).not.toEqual(layeredGraph(300, 8));
  });
});
