/**
 * A deterministic, realistic large graph for benchmarks: an input batch
 * [?,784] feeding parallel towers of dense layers (Variable W, MatMul,
 * Variable b, Add, Relu when registered) whose [?,10] outputs are summed.
 * Same size and seed, same graph.
 */
import type { AttrValue, GraphDocument, GraphEdge, GraphNode } from '../../core/graph/document.ts';
import { FORMAT_ID, FORMAT_VERSION } from '../../core/graph/document.ts';
import { findOp } from '../../core/ops/registry.ts';

const WIDTHS = [32, 64, 128, 256];
const DEPTH = 8;

interface Out {
  id: string;
  output: string;
  cols: number;
}

/** A graph of about `size` nodes (within one tower's worth; `nodes.length` is exact). */
export function layeredGraph(size = 1000, seed = 1): GraphDocument {
  const g = new Layered(seed);
  const x = g.node('Placeholder', { shape: [null, 784] }, 'input/X', [], 0, 0);
  const act = findOp('Relu') ? 'Relu' : undefined;
  const perTower = DEPTH * (act ? 5 : 4) + 4 + 1;
  const towers: Out[] = [];
  for (let t = 0; g.nodes.length + perTower <= size || t === 0; t++) {
    let h = x;
    for (let d = 0; d < DEPTH; d++) h = g.dense(h, WIDTHS[g.next() % WIDTHS.length], `tower${t}/layer${d}`, act, d + 1, t);
    towers.push(g.dense(h, 10, `tower${t}/logits`, undefined, DEPTH + 1, t));
  }
  let sum = towers[0];
  towers.slice(1).forEach((tower, i) => {
    sum = g.node('Add', {}, `sum/${i}`, [['x', sum], ['y', tower]], DEPTH + 2 + i, 0, 10);
  });
  return {
    format: FORMAT_ID,
    version: FORMAT_VERSION,
    meta: { title: `Layered benchmark graph (${g.nodes.length} nodes)` },
    nodes: g.nodes,
    edges: g.edges,
    session: { fetches: [{ node: sum.id, role: 'prediction' }], feeds: { [x.id]: { kind: 'dataset', name: 'mnist', split: 'train', field: 'images' } } },
  };
}

class Layered {
  readonly nodes: GraphNode[] = [];
  readonly edges: GraphEdge[] = [];
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** mulberry32: a tiny seeded generator, so the graph is the same on every run. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  dense(x: Out, units: number, scope: string, act: string | undefined, col: number, row: number): Out {
    const w = this.node('Variable', { shape: [x.cols, units], initializer: { kind: 'glorotUniform' } }, `${scope}/W`, [], col, row);
    const b = this.node('Variable', { shape: [units], initializer: { kind: 'zeros' } }, `${scope}/b`, [], col, row);
    const h = this.node('MatMul', {}, `${scope}/MatMul`, [['a', x], ['b', w]], col, row, units);
    const y = this.node('Add', {}, `${scope}/add`, [['x', h], ['y', b]], col, row, units);
    return act ? this.node(act, {}, `${scope}/${act}`, [['x', y]], col, row, units) : y;
  }

  node(op: string, attrs: Record<string, AttrValue>, name: string, inputs: [string, Out][], col: number, row: number, cols?: number): Out {
    const id = `n${this.nodes.length}`;
    this.nodes.push({ id, op, name, attrs, position: { x: col * 220, y: row * 140 + (this.nodes.length % 5) * 24 } });
    for (const [slot, src] of inputs) this.edges.push({ id: `e${this.edges.length}`, source: src.id, sourceOutput: src.output, target: id, targetInput: slot });
    const shape = attrs.shape as number[] | undefined;
    return { id, output: findOp(op)?.outputs[0].name ?? 'value', cols: cols ?? shape?.[shape.length - 1] ?? 0 };
  }
}
