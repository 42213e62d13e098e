/**
 * Parameters and cost per node, from the inferred shapes alone (nothing
 * runs): what Netron's and Keras's `summary()` users look for. Parameters are
 * the elements of Variables; cost is multiply-adds per example (MACs): a
 * MatMul or Conv2D costs its output elements times the length of the dot
 * product behind each, and an elementwise op, a pooling window or a
 * reduction one per element it computes (as ptflops counts). Ops that only
 * move data (Reshape, Concat, Pad, Gather ...) cost nothing. "Per example"
 * drops a leading unknown dimension (the batch); a shape with none is counted
 * whole.
 */
import type { GraphAnalysis } from './analyze.ts';
import { typeOf } from './analyze.ts';
import { scopesOf } from './scopes.ts';
import type { Shape } from './shape.ts';

export interface NodeCost {
  /** Elements of a Variable; 0 for every other op. */
  parameters: number;
  /** Multiply-adds per example; null while a shape it needs is unknown, or for an op the table does not know. */
  macs: number | null;
}

export interface CostTotals {
  parameters: number;
  macs: number;
  /** Nodes whose MACs are unknown (left out of `macs`). */
  uncounted: number;
}

export interface GraphCost extends CostTotals {
  nodes: Map<string, NodeCost>;
  /** Totals of each name scope (`conv1`, `block1/branch3x3`), nested scopes included. */
  scopes: Map<string, CostTotals>;
}

/** Elements per example: a leading unknown dimension is the batch; any other unknown makes it unknown. */
export function perExample(shape: Shape): number | null {
  if (shape === null) return null;
  const dims = shape[0] === null ? shape.slice(1) : shape;
  let n = 1;
  for (const d of dims) {
    if (d === null) return null;
    n *= d;
  }
  return n;
}

type Rule = (out: Shape, inputs: Shape[], attrs: Record<string, unknown>) => number | null;

const free: Rule = () => 0;
const perOutput: Rule = (out) => perExample(out);
const perInput: Rule = (_, [x]) => (x === undefined ? null : perExample(x));

/** MatMul: each output element is a dot product over the inner dimension k. */
const matMul: Rule = (out, [a], attrs) => {
  const n = perExample(out);
  if (n === null || a === undefined || a === null) return null;
  const k = attrs.transposeA ? a[0] : a[1];
  return k === null || k === undefined ? null : n * k;
};

/** Conv2D: each output element is a dot product over a filter window, kh * kw * in. */
const conv2D: Rule = (out, [, filter]) => {
  const n = perExample(out);
  if (n === null || filter === undefined || filter === null || filter.length !== 4) return null;
  const [kh, kw, cin] = filter;
  return kh === null || kw === null || cin === null ? null : n * kh * kw * cin;
};

/** Pooling: each output element looks at its window. */
const pool: Rule = (out, _, attrs) => {
  const n = perExample(out);
  const k = attrs.ksize as number[] | undefined;
  return n === null || !k ? null : n * k[1] * k[2];
};

/** AddN adds n inputs: n - 1 additions per element. */
const addN: Rule = (out, inputs) => {
  const n = perExample(out);
  return n === null ? null : n * Math.max(0, inputs.length - 1);
};

/** Local response normalisation: a sum of squares over the depth window per element. */
const lrn: Rule = (out, _, attrs) => {
  const n = perExample(out);
  const radius = typeof attrs.depthRadius === 'number' ? attrs.depthRadius : 5;
  return n === null ? null : n * (2 * radius + 1);
};

const ELEMENTWISE = ['Add', 'Sub', 'Mul', 'Div', 'FloorDiv', 'Maximum', 'Minimum', 'Pow', 'Relu', 'Sigmoid', 'Tanh', 'Exp', 'Log', 'Sqrt', 'Square', 'Neg', 'Abs', 'Elu', 'LeakyRelu', 'Softmax', 'Dropout', 'Equal', 'Greater', 'Less'];
const REDUCTIONS = ['ReduceSum', 'ReduceMean', 'ReduceMax', 'ArgMax', 'SoftmaxCrossEntropyWithLogits', 'SigmoidCrossEntropyWithLogits'];
const DATA_MOVES = ['Placeholder', 'Constant', 'Variable', 'Reshape', 'Flatten', 'ExpandDims', 'Squeeze', 'Stack', 'Concat', 'Transpose', 'Cast', 'OneHot', 'OnesLike', 'ZerosLike', 'Minimize', 'Pad', 'Gather', 'Slice', 'StopGradient', 'Shape', 'Rank'];

/** The rule of each op kind a user draws; kinds not here are reported as uncounted rather than guessed. */
const RULES: Record<string, Rule> = {
  ...Object.fromEntries(ELEMENTWISE.map((k) => [k, perOutput])),
  ...Object.fromEntries(REDUCTIONS.map((k) => [k, perInput])),
  ...Object.fromEntries(DATA_MOVES.map((k) => [k, free])),
  MatMul: matMul,
  Conv2D: conv2D,
  MaxPool: pool,
  AvgPool: pool,
  AddN: addN,
  LRN: lrn,
};

/** One node's parameters and MACs per example. */
export function nodeCost(analysis: GraphAnalysis, id: string): NodeCost {
  const entry = analysis.index.nodes.get(id);
  if (!entry) throw new Error(`nodeCost: no node with id "${id}"`);
  const out = analysis.types.get(id)?.[0];
  const parameters = entry.node.op === 'Variable' && out ? (perExample(out.shape) ?? 0) : 0;
  const rule = RULES[entry.node.op];
  if (!rule || !out) return { parameters, macs: null };
  const inputs = entry.inputs.map((ref) => (ref ? (typeOf(analysis, ref)?.shape ?? null) : null));
  return { parameters, macs: rule(out.shape, inputs, entry.attrs) };
}

/** Every node's cost, the graph's totals and each scope's. */
export function graphCost(analysis: GraphAnalysis): GraphCost {
  const nodes = new Map<string, NodeCost>();
  const scopes = new Map<string, CostTotals>();
  const total: CostTotals = { parameters: 0, macs: 0, uncounted: 0 };
  for (const node of analysis.doc.nodes) {
    if (!analysis.index.nodes.has(node.id)) continue;
    const cost = nodeCost(analysis, node.id);
    nodes.set(node.id, cost);
    for (const scope of scopesOf(node.name)) {
      if (!scopes.has(scope)) scopes.set(scope, { parameters: 0, macs: 0, uncounted: 0 });
      addTo(scopes.get(scope)!, cost);
    }
    addTo(total, cost);
  }
  return { ...total, nodes, scopes };
}

function addTo(totals: CostTotals, cost: NodeCost): void {
  totals.parameters += cost.parameters;
  if (cost.macs === null) totals.uncounted++;
  else totals.macs += cost.macs;
}
