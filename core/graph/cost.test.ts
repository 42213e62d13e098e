import { describe, expect, it } from 'vitest';
import { GraphBuilder, type NodeHandle } from '../../test/graphBuilder.ts';
import { analyze } from './analyze.ts';
import { graphCost, nodeCost, perExample } from './cost.ts';

function costOf(g: GraphBuilder, node: NodeHandle) {
  const analysis = analyze(g.doc());
  expect(analysis.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return nodeCost(analysis, node.id);
}

/** A conv layer on `input` images with a `[k,k,in,out]` filter. */
function conv(input: (number | null)[], k: number, out: number, strides: number, padding: 'SAME' | 'VALID') {
  const g = new GraphBuilder();
  const x = g.add('Placeholder', { shape: input }, 'x');
  const w = g.add('Variable', { shape: [k, k, input[3]!, out] }, 'conv1/W');
  const c = g.add('Conv2D', { strides: [1, strides, strides, 1], padding }, 'conv1/Conv2D', { input: x, filter: w });
  return { g, w, c };
}

describe('perExample', () => {
  it('drops a leading unknown batch dimension and counts a shape without one whole', () => {
    expect(perExample([null, 28, 28, 1])).toBe(784);
    expect(perExample([3, 4])).toBe(12);
    expect(perExample([])).toBe(1);
    expect(perExample([null, null])).toBeNull();
    expect(perExample(null)).toBeNull();
  });
});

describe('nodeCost', () => {
  it("counts a Variable's elements as its parameters", () => {
    const { g, w, c } = conv([null, 28, 28, 1], 5, 6, 1, 'SAME');
    expect(costOf(g, w)).toEqual({ parameters: 150, macs: 0 });
    expect(costOf(g, c).parameters).toBe(0);
  });

  it('counts MatMul as output elements times the inner dimension, per example', () => {
    const g = new GraphBuilder();
    const x = g.add('Placeholder', { shape: [null, 784] }, 'X');
    const w = g.add('Variable', { shape: [784, 256] }, 'W');
    const m = g.add('MatMul', {}, 'm', { a: x, b: w });
    const t = g.add('MatMul', { transposeA: true }, 't', { a: g.add('Variable', { shape: [5, 3] }, 'A'), b: g.add('Variable', { shape: [5, 2] }, 'B') });
    expect(costOf(g, m)).toEqual({ parameters: 0, macs: 784 * 256 });
    // No batch dimension: the whole product, [3,2] outputs over k = 5.
    expect(costOf(g, t).macs).toBe(3 * 2 * 5);
  });

  it("counts Conv2D as output pixels times the filter window, with strides, SAME and VALID", () => {
    // LeNet-5's C1: 5x5 VALID on 32x32 gives 28x28x6, each a dot product of 25.
    const c1 = conv([null, 32, 32, 1], 5, 6, 1, 'VALID');
    expect(costOf(c1.g, c1.c).macs).toBe(28 * 28 * 6 * 25);
    // SAME keeps 32x32.
    const same = conv([null, 32, 32, 1], 5, 6, 1, 'SAME');
    expect(costOf(same.g, same.c).macs).toBe(32 * 32 * 6 * 25);
    // AlexNet's conv1: 11x11x3, stride 4, VALID on 227x227 gives 55x55x96.
    const alex = conv([null, 227, 227, 3], 11, 96, 4, 'VALID');
    expect(costOf(alex.g, alex.c).macs).toBe(55 * 55 * 96 * 11 * 11 * 3);
    expect(costOf(alex.g, alex.w).parameters).toBe(34848);
    // Stride 2 with SAME: ceil(28 / 2) = 14.
    const s2 = conv([null, 28, 28, 3], 3, 8, 2, 'SAME');
    expect(costOf(s2.g, s2.c).macs).toBe(14 * 14 * 8 * 3 * 3 * 3);
  });

  it('counts elementwise ops one per output element, pooling by its window and data moves as nothing', () => {
    const g = new GraphBuilder();
    const x = g.add('Placeholder', { shape: [null, 4, 4, 2] }, 'x');
    const b = g.add('Variable', { shape: [2] }, 'b');
    const add = g.add('Add', {}, 'add', { x, y: b });
    const relu = g.add('Relu', {}, 'relu', { x: add });
    const pool = g.add('MaxPool', { ksize: [1, 2, 2, 1], strides: [1, 2, 2, 1], padding: 'VALID' }, 'pool', { input: relu });
    const flat = g.add('Reshape', { shape: [-1, 8] }, 'flat', { x: pool });
    const sum = g.add('ReduceSum', {}, 'sum', { x: flat });
    expect(costOf(g, add)).toEqual({ parameters: 0, macs: 32 });
    expect(costOf(g, relu).macs).toBe(32);
    expect(costOf(g, pool).macs).toBe(2 * 2 * 2 * 4);
    expect(costOf(g, flat).macs).toBe(0);
    expect(costOf(g, sum).macs).toBe(8);
  });

  it('counts Pad, Gather and Slice as data moves, an embedding table as parameters, and LRN by its depth window', () => {
    const g = new GraphBuilder();
    const ids = g.add('Placeholder', { shape: [null, 20], dtype: 'int32' }, 'ids');
    const table = g.add('Variable', { shape: [100, 8] }, 'embedding/W');
    const emb = g.add('Gather', {}, 'embedding/lookup', { params: table, indices: ids });
    const maps = g.add('Reshape', { shape: [-1, 20, 8, 1] }, 'maps', { x: emb });
    const padded = g.add('Pad', { paddings: [[0, 0], [2, 2], [0, 0], [0, 0]] }, 'pad', { x: maps });
    const cut = g.add('Slice', { begin: [0, 0, 0, 0], size: [-1, 20, 8, 1] }, 'cut', { x: padded });
    const lrn = g.add('LRN', { depthRadius: 2 }, 'lrn', { x: cut });
    expect(costOf(g, table)).toEqual({ parameters: 800, macs: 0 });
    for (const n of [emb, padded, cut]) expect(costOf(g, n).macs).toBe(0);
    expect(costOf(g, lrn).macs).toBe(20 * 8 * 1 * 5);
  });

  it('leaves MACs unknown when a shape they need is unknown', () => {
    const g = new GraphBuilder();
    const x = g.add('Placeholder', { shape: [null, null] }, 'x');
    const r = g.add('Relu', {}, 'r', { x });
    expect(costOf(g, r)).toEqual({ parameters: 0, macs: null });
  });
});

describe('graphCost', () => {
  it("totals parameters and MACs for the graph and for each scope (AlexNet's conv1: 34,944 with biases)", () => {
    const { g, c } = conv([null, 227, 227, 3], 11, 96, 4, 'VALID');
    const b = g.add('Variable', { shape: [96] }, 'conv1/b');
    g.add('Add', {}, 'conv1/BiasAdd', { x: c, y: b });
    g.add('Relu', {}, 'unscoped', { x: g.add('Placeholder', { shape: [null, null] }, 'p') });
    const cost = graphCost(analyze(g.doc()));
    const macs = 55 * 55 * 96 * (363 + 1);
    expect(cost.scopes.get('conv1')).toEqual({ parameters: 34944, macs, uncounted: 0 });
    expect(cost).toMatchObject({ parameters: 34944, macs, uncounted: 1 });
  });
});
