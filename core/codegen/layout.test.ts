import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../test/graphBuilder.ts';
import { COLUMN_WIDTH, layeredLayout, placeNodes, ROW_HEIGHT, withLayout } from './layout.ts';

describe('layeredLayout', () => {
  it('puts each node one column right of its deepest input, and inputs just left of their first consumer', () => {
    const g = new GraphBuilder();
    const x = g.add('Placeholder', { shape: [null, 2] }, 'X');
    const w1 = g.add('Variable', { shape: [2, 2] }, 'W1');
    const h = g.add('Sigmoid', {}, 'h', { x: g.add('MatMul', {}, 'mm1', { a: x, b: w1 }) });
    const w2 = g.add('Variable', { shape: [2, 1] }, 'W2');
    const out = g.add('MatMul', {}, 'mm2', { a: h, b: w2 });
    const pos = layeredLayout(g.doc());
    const col = (n: { id: string }) => pos.get(n.id)!.x / COLUMN_WIDTH;
    expect([x, w1, h, w2, out].map(col)).toEqual([0, 0, 2, 2, 3]);
  });

  it('stacks a column by the rows of the inputs, so parallel chains do not cross', () => {
    const g = new GraphBuilder();
    const a = g.add('Placeholder', {}, 'a');
    const b = g.add('Placeholder', {}, 'b');
    // Added in the opposite order of their inputs.
    const nb = g.add('Neg', {}, 'nb', { x: b });
    const na = g.add('Neg', {}, 'na', { x: a });
    const pos = layeredLayout(g.doc());
    expect(pos.get(na.id)!.y).toBeLessThan(pos.get(nb.id)!.y);
    expect(new Set([...pos.values()].map((p) => `${p.x},${p.y}`)).size).toBe(4);
    expect(pos.get(nb.id)!.y % ROW_HEIGHT).toBe(0);
  });

  it('gives models built side by side a band of rows each, and what joins them the band below', () => {
    const g = new GraphBuilder();
    // Built in the interleaved order an import makes them in, so rows by inputs alone would mix the two.
    const model = (scope: string) => {
      const x = g.add('Placeholder', { shape: [null, 2] }, `${scope}/X`);
      const w = g.add('Variable', { shape: [2, 1] }, `${scope}/W`);
      return { x, w };
    };
    const [m0, m1] = [model('model0'), model('model1')];
    const h0 = g.add('Sigmoid', {}, 'model0/h', { x: g.add('MatMul', {}, 'model0/mm', { a: m0.x, b: m0.w }) });
    const h1 = g.add('Sigmoid', {}, 'model1/h', { x: g.add('MatMul', {}, 'model1/mm', { a: m1.x, b: m1.w }) });
    const total = g.add('AddN', {}, 'total', { inputs: [g.add('ReduceMean', {}, 'cost', { x: h0 }), g.add('ReduceMean', {}, 'cost_1', { x: h1 })] });
    const doc = g.doc();
    const pos = layeredLayout(doc);
    const rows = (prefix: string) => doc.nodes.filter((n) => n.name.startsWith(prefix)).map((n) => pos.get(n.id)!.y / ROW_HEIGHT);
    // Each model's tallest column holds 2 nodes: model0 in rows 0-1, model1 in rows 2-3, the rest from row 4.
    expect(new Set(rows('model0/'))).toEqual(new Set([0, 1]));
    expect(new Set(rows('model1/'))).toEqual(new Set([2, 3]));
    expect(Math.min(...['cost', 'total'].flatMap((name) => rows(name)))).toBe(4);
    expect(new Set([...pos.values()].map((p) => `${p.x},${p.y}`)).size).toBe(doc.nodes.length);
    expect(pos.get(total.id)!.y / ROW_HEIGHT).toBe(4);
  });

  it('keeps to the rows of the inputs where only one scope has inputs of its own (name scopes of one net)', () => {
    const g = new GraphBuilder();
    const x = g.add('Placeholder', { shape: [null, 2] }, 'X');
    const h = g.add('Sigmoid', {}, 'layer1/h', { x: g.add('MatMul', {}, 'layer1/mm', { a: x, b: g.add('Variable', { shape: [2, 2] }, 'layer1/W') }) });
    g.add('MatMul', {}, 'layer2/mm', { a: h, b: g.add('Variable', { shape: [2, 1] }, 'layer2/W') });
    const doc = g.doc();
    const pos = layeredLayout(doc);
    expect(Math.max(...[...pos.values()].map((p) => p.y))).toBe(ROW_HEIGHT);
  });

  it('survives a cycle, which the validator reports', () => {
    const g = new GraphBuilder();
    const a = g.add('Neg', {}, 'a');
    const b = g.add('Neg', {}, 'b', { x: a });
    g.connect(b, a, 'x');
    const doc = withLayout(g.doc());
    expect(doc.nodes.every((n) => Number.isFinite(n.position.x) && Number.isFinite(n.position.y))).toBe(true);
  });

  it('places a node with more consumers than a call can take arguments, and a chain longer than the stack is deep', () => {
    // Imported code such as 140,000 lines of `a = x + 1`: x feeds every one of them.
    const fan = 140_000;
    const doc = (edges: [number, number][], count: number) => ({
      format: 'flowboard.graph', version: 1, meta: { title: 'wide' },
      nodes: Array.from({ length: count }, (_, i) => ({ id: `n${i}`, op: 'Neg', name: `n${i}`, attrs: {}, position: { x: 0, y: 0 } })),
      edges: edges.map(([s, t], i) => ({ id: `e${i}`, source: `n${s}`, sourceOutput: 'y', target: `n${t}`, targetInput: 'x' })),
    }) as Parameters<typeof layeredLayout>[0];
    const wide = layeredLayout(doc(Array.from({ length: fan }, (_, i) => [0, i + 1]), fan + 1));
    expect(wide.get('n0')!.x).toBe(0);
    expect(wide.get(`n${fan}`)).toEqual({ x: COLUMN_WIDTH, y: (fan - 1) * ROW_HEIGHT });
    const chain = 20_000;
    const deep = layeredLayout(doc(Array.from({ length: chain - 1 }, (_, i) => [i, i + 1]), chain));
    expect(deep.get(`n${chain - 1}`)!.x).toBe((chain - 1) * COLUMN_WIDTH);
  });

  it('places nodes in place exactly where withLayout puts them', () => {
    const g = new GraphBuilder();
    const x = g.add('Placeholder', { shape: [null, 2] }, 'X');
    const w = g.add('Variable', { shape: [2, 1] }, 'W');
    g.add('Sigmoid', {}, 'h', { x: g.add('MatMul', {}, 'mm', { a: x, b: w }) });
    const doc = g.doc();
    const expected = withLayout(doc).nodes.map((n) => n.position);
    placeNodes(doc);
    expect(doc.nodes.map((n) => n.position)).toEqual(expected);
  });
});
