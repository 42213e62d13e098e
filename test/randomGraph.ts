/**
 * Random valid graph documents for property tests. A fast-check arbitrary
 * draws a recipe (inputs, dense layers, constants, element-wise joins) and
 * builds a layered net from it whose shapes agree by construction, so
 * analysis finds no error. Ids, names, positions and titles are drawn from
 * awkward strings and numbers to stress saving and loading.
 *
 * Beyond Placeholder, Variable, Constant, MatMul and Add it uses any
 * registered op that a probe shows to be shape-preserving (Relu, Sigmoid ...)
 * or broadcasting like Add (Mul, Sub ...).
 */
import fc from 'fast-check';
import type { AttrValue, DataBinding, FetchRole, FetchSpec, GraphDocument, GraphEdge, GraphNode, Position, SessionConfig } from '../core/graph/document.ts';
import { FORMAT_ID, FORMAT_VERSION } from '../core/graph/document.ts';
import { broadcastShapes, type Dim, type TensorType } from '../core/graph/shape.ts';
import { resolveAttrs } from '../core/ops/attrs.ts';
import { isFailure, type OpDef } from '../core/ops/opDef.ts';
import { allOps } from '../core/ops/registry.ts';

type Step =
  | { kind: 'input'; cols: number; batch: number | null; feed: 'inline' | 'csv' | 'dataset' | 'none' }
  | { kind: 'dense'; from: number; units: number; transposeB: boolean; bias: boolean; act: number; init: AttrValue }
  | { kind: 'const'; rows: number; cols: number; values: number[] }
  | { kind: 'join'; a: number; b: number; op: number };

interface Recipe {
  steps: Step[];
  ids: string[];
  names: string[];
  positions: Position[];
  meta: { title: string; description?: string; lesson?: string };
  fetches: { pick: number; role: FetchRole; label?: string; explicitOutput: boolean }[];
  settings: Partial<Pick<SessionConfig, 'steps' | 'epochs' | 'batchSize' | 'logEvery' | 'seed'>>;
}

/** A float32 tensor in the graph: one output of one node, rank 2. */
interface Tensor {
  node: string;
  output: string;
  shape: [Dim, Dim];
}

const dim = fc.integer({ min: 1, max: 6 });
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const awkward = fc.oneof(
  fc.string({ minLength: 1, maxLength: 8 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'a"b', 'back\\slash', 'new\nline', '\ud800', 'layer1/W'),
);

const initializer: fc.Arbitrary<AttrValue> = fc.oneof(
  fc.constantFrom({ kind: 'zeros' }, { kind: 'ones' }, { kind: 'glorotUniform' }, { kind: 'heNormal' }),
  fc.record({ kind: fc.constant('randomNormal'), mean: fc.double({ min: -1, max: 1, noNaN: true }), stddev: fc.double({ min: 0, max: 2, noNaN: true }) }),
  fc.tuple(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true })).map(([a, b]) => ({ kind: 'randomUniform', min: Math.min(a, b), max: Math.max(a, b) })),
);

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('input' as const), cols: dim, batch: fc.option(dim, { nil: null }), feed: fc.constantFrom('inline' as const, 'csv' as const, 'dataset' as const, 'none' as const) }),
  fc.record({ kind: fc.constant('dense' as const), from: fc.nat(), units: dim, transposeB: fc.boolean(), bias: fc.boolean(), act: fc.nat(), init: initializer }),
  fc.record({ kind: fc.constant('const' as const), rows: dim, cols: dim, values: fc.array(finite, { minLength: 1, maxLength: 12 }) }),
  fc.record({ kind: fc.constant('join' as const), a: fc.nat(), b: fc.nat(), op: fc.nat() }),
);

const recipe: fc.Arbitrary<Recipe> = fc.record({
  steps: fc.array(step, { minLength: 1, maxLength: 14 }),
  ids: fc.uniqueArray(awkward, { maxLength: 20 }),
  names: fc.uniqueArray(awkward, { maxLength: 20 }),
  positions: fc.array(fc.record({ x: finite, y: finite }), { maxLength: 20 }),
  meta: fc.record({ title: fc.string({ maxLength: 20 }), description: fc.string({ maxLength: 40 }), lesson: fc.string({ unit: 'binary', maxLength: 40 }) }, { requiredKeys: ['title'] }),
  fetches: fc.array(fc.record({ pick: fc.nat(), role: fc.constantFrom<FetchRole>('loss', 'accuracy', 'metric', 'prediction'), label: fc.string(), explicitOutput: fc.boolean() }, { requiredKeys: ['pick', 'role', 'explicitOutput'] }), { maxLength: 3 }),
  settings: fc.record(
    { steps: fc.integer({ min: 1, max: 10_000 }), epochs: fc.integer({ min: 1, max: 50 }), batchSize: fc.integer({ min: 1, max: 512 }), logEvery: fc.integer({ min: 1, max: 100 }), seed: fc.integer() },
    { requiredKeys: [] },
  ),
});

/** An arbitrary of graph documents that analyse with zero errors. */
export function randomGraph(): fc.Arbitrary<GraphDocument> {
  return recipe.map(build);
}

function build(r: Recipe): GraphDocument {
  const b = new Builder(r);
  for (const s of r.steps) b.step(s);
  const doc: GraphDocument = { format: FORMAT_ID, version: FORMAT_VERSION, meta: { ...r.meta }, nodes: b.nodes, edges: b.edges };
  const fetches: FetchSpec[] = r.fetches.map((f) => {
    const t = b.pool[f.pick % b.pool.length];
    return { node: t.node, role: f.role, ...(f.explicitOutput ? { output: t.output } : {}), ...(f.label !== undefined ? { label: f.label } : {}) };
  });
  if (fetches.length > 0 || Object.keys(b.feeds).length > 0 || Object.keys(r.settings).length > 0) doc.session = { fetches, feeds: b.feeds, ...r.settings };
  return doc;
}

class Builder {
  readonly nodes: GraphNode[] = [];
  readonly edges: GraphEdge[] = [];
  readonly pool: Tensor[] = [];
  readonly feeds: Record<string, DataBinding> = {};
  private readonly usedIds = new Set<string>();
  private readonly usedNames = new Set<string>();
  private readonly usedEdgeIds = new Set<string>();
  private batchedRows: number | undefined;

  constructor(private readonly r: Recipe) {}

  step(s: Step): void {
    if (s.kind === 'input') return this.input(s.cols, s.batch, s.feed);
    if (s.kind === 'const') return this.constant(s.rows, s.cols, s.values);
    if (this.pool.length === 0) this.input(s.kind === 'dense' ? s.units : 2, null, 'inline');
    if (s.kind === 'dense') return this.dense(s);
    return this.join(this.pool[s.a % this.pool.length], this.pool[s.b % this.pool.length], s.op);
  }

  private input(drawnCols: number, drawnBatch: number | null, feed: Extract<Step, { kind: 'input' }>['feed']): void {
    // Bound data fits its Placeholder (the analysis checks): MNIST images are [?,784], inline data has the batch's rows.
    const [batch, cols] = feed === 'dataset' ? [null, 784] : [drawnBatch, drawnCols];
    const t = this.add('Placeholder', { shape: [batch, cols] }, []);
    this.pool.push(t);
    const binding: DataBinding | undefined =
      feed === 'inline' ? { kind: 'inline', value: Array.from({ length: batch ?? 1 }, () => new Array<number>(cols).fill(0)) }
      : feed === 'csv' ? { kind: 'csv', path: 'data/train.csv', columns: Array.from({ length: cols }, (_, i) => `c${i}`) }
      : feed === 'dataset' ? { kind: 'dataset', name: 'mnist', split: 'train', field: 'images' }
      : undefined;
    // Batched data must agree on the number of examples: a binding that would disagree is left out.
    const rows = batch !== null ? undefined : feed === 'dataset' ? 60000 : feed === 'inline' ? 1 : undefined;
    if (rows !== undefined && (this.batchedRows ??= rows) !== rows) return;
    // Own-property set: a drawn id may be "__proto__".
    if (binding) Object.defineProperty(this.feeds, t.node, { value: binding, enumerable: true, writable: true, configurable: true });
  }

  private constant(rows: number, cols: number, values: number[]): void {
    const value = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => values[(i * cols + j) % values.length]));
    this.pool.push(this.add('Constant', { value }, []));
  }

  private dense(s: Extract<Step, { kind: 'dense' }>): void {
    const x = this.pool[s.from % this.pool.length];
    const k = x.shape[1] ?? 1;
    const w = this.add('Variable', { shape: s.transposeB ? [s.units, k] : [k, s.units], initializer: s.init }, []);
    let y = this.add('MatMul', s.transposeB ? { transposeB: true } : {}, [['a', x], ['b', w]]);
    if (s.bias) y = this.add('Add', {}, [['x', y], ['y', this.add('Variable', { shape: [s.units], initializer: { kind: 'zeros' } }, [])]]);
    const acts = unaryOps();
    if (s.act % (acts.length + 1) > 0) y = this.add(acts[(s.act % (acts.length + 1)) - 1], {}, [['x', y]]);
    this.pool.push(y);
  }

  private join(a: Tensor, b: Tensor, pick: number): void {
    const ops = binaryOps();
    const op = ops[pick % ops.length];
    const fits = !('error' in broadcastShapes(a.shape, b.shape));
    // Where the two do not broadcast, join a with a bias-like constant row instead.
    const other = fits ? b : this.add('Constant', { value: new Array<number>(a.shape[1] ?? 1).fill(1) }, []);
    this.pool.push(this.add(op, {}, [['x', a], ['y', other]]));
  }

  /** Adds a node wired from `inputs`; returns its first output with its inferred rank-2 shape. */
  private add(op: string, attrs: Record<string, AttrValue>, inputs: [string, Tensor][]): Tensor {
    const i = this.nodes.length;
    const id = unique(this.r.ids[i] ?? `n${i}`, this.usedIds);
    const name = unique(this.r.names[i] ?? `${op}_${i}`, this.usedNames);
    this.nodes.push({ id, op, name, attrs, position: this.r.positions[i] ?? { x: i * 160, y: 0 } });
    for (const [slot, src] of inputs) {
      const edgeId = unique(`e${this.edges.length}`, this.usedEdgeIds);
      this.edges.push({ id: edgeId, source: src.node, sourceOutput: src.output, target: id, targetInput: slot });
    }
    const output = opDef(op).outputs[0].name;
    return { node: id, output, shape: outputShape(op, attrs, inputs.map(([, t]) => t.shape)) };
  }
}

function unique(candidate: string, used: Set<string>): string {
  let s = candidate;
  while (used.has(s)) s = `${s}'`;
  used.add(s);
  return s;
}

function outputShape(op: string, attrs: Record<string, AttrValue>, inputs: [Dim, Dim][]): [Dim, Dim] {
  if (op === 'Placeholder' || op === 'Variable') return attrs.shape as [Dim, Dim];
  if (op === 'Constant') {
    const v = attrs.value as number[][] | number[];
    return Array.isArray(v[0]) ? [v.length, (v[0] as number[]).length] : [1, v.length];
  }
  if (op === 'MatMul') return attrs.transposeB ? [inputs[0][0], inputs[1][0]] : [inputs[0][0], inputs[1][1]];
  const b = broadcastShapes(inputs[0], inputs[1] ?? inputs[0]);
  return 'error' in b ? inputs[0] : (b.shape as [Dim, Dim]);
}

function opDef(kind: string): OpDef {
  return allOps().find((d) => d.kind === kind)!;
}

const PROBES: [Dim, Dim][] = [[2, 3], [null, 3], [1, 1], [null, 1], [4, 1], [1, 5]];
const f32 = (shape: Dim[]): TensorType => ({ dtype: 'float32', shape });
const same = (a: TensorType, b: TensorType) => a.dtype === b.dtype && JSON.stringify(a.shape) === JSON.stringify(b.shape);

function probe(def: OpDef, inputs: TensorType[], expected: TensorType): boolean {
  try {
    const attrs = resolveAttrs(def.attrs, {}).values;
    const r = def.infer({ attrs: attrs as never, in: inputs, nodeName: 'probe' });
    return !isFailure(r) && r.length === def.outputs.length && same(r[0], expected);
  } catch {
    return false;
  }
}

let unary: string[] | undefined;
/** Registered one-input ops that keep a float32 matrix's shape and dtype, on every probe shape. */
function unaryOps(): string[] {
  unary ??= allOps()
    .filter((d) => d.category !== 'internal' && !d.stateful && d.inputs.length === 1 && !d.inputs[0].variadic && d.inputs[0].name === 'x' && d.outputs.length === 1)
    .filter((d) => (d.inputs[0].dtypes ?? ['float32']).includes('float32') && PROBES.every((s) => probe(d, [f32(s)], f32(s))))
    .map((d) => d.kind);
  return unary;
}

let binary: string[] | undefined;
/** Registered x/y ops that broadcast float32 like Add (Add itself always among them). */
function binaryOps(): string[] {
  binary ??= allOps()
    .filter((d) => d.category !== 'internal' && d.inputs.length === 2 && d.inputs[0].name === 'x' && d.inputs[1].name === 'y' && d.outputs.length === 1)
    .filter((d) => PROBES.every((s) => probe(d, [f32(s), f32([s[1]])], f32(s)) && probe(d, [f32(s), f32(s)], f32(s))))
    .map((d) => d.kind);
  return binary;
}

/** The ops the generator can use right now; for a test that the probe finds the basics. */
export function generatorOps(): { unary: string[]; binary: string[] } {
  return { unary: unaryOps(), binary: binaryOps() };
}
