/**
 * A small builder for the famous-CNN templates: nodes are added in data-flow
 * order with their inputs, and layers (a Variable filter, its bias, the
 * convolution and activation) come from one call, so a template reads like
 * the TF1 code it stands for. Layout is a grid of columns, one per layer:
 * each node goes under the one added before it, and `column()` starts the
 * next layer to the right, so the canvas reads like a layer diagram.
 */
import type { AttrValue, GraphDocument, GraphEdge, GraphNode, SessionConfig } from '../../core/graph/document.ts';
import { FORMAT_ID, FORMAT_VERSION, variadicSlot } from '../../core/graph/document.ts';
import type { InitializerSpec } from '../../core/ops/initializers.ts';

/** One output of one node. */
export interface Ref {
  id: string;
  output: string;
}

/** The first output's name of each op the templates use. */
const FIRST_OUTPUT: Record<string, string> = {
  Placeholder: 'value',
  Variable: 'value',
  Constant: 'value',
  Conv2D: 'output',
  MaxPool: 'output',
  AvgPool: 'output',
  Concat: 'output',
  OneHot: 'output',
  Gather: 'output',
  MatMul: 'product',
  Add: 'z',
  Equal: 'z',
  SoftmaxCrossEntropyWithLogits: 'loss',
  Minimize: 'loss',
};

export interface ConvOptions {
  stride?: number;
  padding?: 'SAME' | 'VALID';
  /** Whether a bias is added (false where the net's paper has none, or to keep the picture small). */
  bias?: boolean;
  activation?: 'Relu' | 'Tanh' | null;
  init?: InitializerSpec;
}

/** Grid spacing in canvas units: a column fits a node and its outgoing shape labels, a row a two-input node. */
const COLUMN = 300;
const ROW = 100;

export class GraphBuilder {
  readonly nodes: GraphNode[] = [];
  readonly edges: GraphEdge[] = [];
  private col = 0;
  private row = 0;

  /** Moves to the next column (layer), at `row` (the top unless given). */
  column(row = 0): this {
    return this.cell(this.col + 1, row);
  }

  /** Leaves room above the next node (for a name scope's frame header). */
  gap(rows = 0.4): this {
    this.row += rows;
    return this;
  }

  /** Moves to a cell of the grid (rows may be fractional); the next node goes there. */
  cell(col: number, row: number): this {
    this.col = col;
    this.row = row;
    return this;
  }

  /** Adds a node; `inputs` maps input names to one output or, for a variadic input, a list. */
  node(op: string, name: string, attrs: Record<string, AttrValue> = {}, inputs: Record<string, Ref | Ref[]> = {}): Ref {
    const id = `n${this.nodes.length + 1}`;
    this.nodes.push({ id, op, name, attrs, position: { x: this.col * COLUMN, y: Math.round(this.row++ * ROW) } });
    for (const [input, from] of Object.entries(inputs)) {
      const list = Array.isArray(from) ? from.map((f, i) => [variadicSlot(input, i), f] as const) : [[input, from] as const];
      for (const [slot, f] of list) this.edges.push({ id: `e${this.edges.length + 1}`, source: f.id, sourceOutput: f.output, target: id, targetInput: slot });
    }
    return { id, output: FIRST_OUTPUT[op] ?? 'y' };
  }

  /** A trainable Variable. */
  variable(name: string, shape: number[], initializer: InitializerSpec): Ref {
    return this.node('Variable', name, { shape, initializer: initializer as unknown as AttrValue });
  }

  /** `scope/W` (kh x kw x in x out), Conv2D, then `scope/b` added when `bias`, then `activation` (ReLU unless null). */
  conv(scope: string, x: Ref, filter: [number, number, number, number], options: ConvOptions = {}): Ref {
    const { stride = 1, padding = 'SAME', bias = true, activation = 'Relu', init = { kind: 'heNormal' } } = options;
    const w = this.variable(`${scope}/W`, filter, init);
    let y = this.node('Conv2D', `${scope}/Conv2D`, { strides: [1, stride, stride, 1], padding }, { input: x, filter: w });
    if (bias) y = this.node('Add', `${scope}/BiasAdd`, {}, { x: y, y: this.variable(`${scope}/b`, [filter[3]], { kind: 'zeros' }) });
    return activation ? this.node(activation, `${scope}/${activation}`, {}, { x: y }) : y;
  }

  /** `scope/W` and `scope/b`, x @ W + b, then `activation` (Relu, Tanh) when given. */
  dense(scope: string, x: Ref, inputs: number, units: number, activation?: 'Relu' | 'Tanh', init: InitializerSpec = { kind: 'glorotUniform' }): Ref {
    const product = this.node('MatMul', `${scope}/MatMul`, {}, { a: x, b: this.variable(`${scope}/W`, [inputs, units], init) });
    const z = this.node('Add', activation ? `${scope}/BiasAdd` : scope, {}, { x: product, y: this.variable(`${scope}/b`, [units], { kind: 'zeros' }) });
    return activation ? this.node(activation, `${scope}/${activation}`, {}, { x: z }) : z;
  }

  /** A pooling window of `size` with `stride`. */
  pool(op: 'MaxPool' | 'AvgPool', name: string, x: Ref, size: number, stride: number, padding: 'SAME' | 'VALID' = 'VALID'): Ref {
    return this.node(op, name, { ksize: [1, size, size, 1], strides: [1, stride, stride, 1], padding }, { input: x });
  }

  /**
   * The course's training tail: softmax cross-entropy of `logits` against
   * one-hot `labels`, its mean `cost`, the optimizer's `train` (Adam unless
   * given), and `accuracy` built
   * from ops (Equal of the two ArgMaxes, cast and averaged). They go in two
   * columns from `labels` down: the loss beside the labels, accuracy to its right.
   */
  classifier(logits: Ref, labels: Ref, optimizer: Record<string, AttrValue> = { optimizer: 'Adam', learningRate: 0.001 }): { cost: Ref; train: Ref; accuracy: Ref } {
    const at = this.nodes.find((n) => n.id === labels.id)!.position;
    this.cell(at.x / COLUMN, at.y / ROW + 1);
    const xent = this.node('SoftmaxCrossEntropyWithLogits', 'cross_entropy', {}, { labels, logits });
    const cost = this.node('ReduceMean', 'cost', {}, { x: xent });
    const train = this.node('Minimize', 'train', optimizer, { loss: cost });
    this.cell(at.x / COLUMN + 1, at.y / ROW);
    const predicted = this.node('ArgMax', 'predicted', { axis: 1 }, { x: logits });
    const actual = this.node('ArgMax', 'actual', { axis: 1 }, { x: labels });
    const correct = this.node('Equal', 'correct_prediction', {}, { x: predicted, y: actual });
    const asFloat = this.node('Cast', 'correct_float', { dtype: 'float32' }, { x: correct });
    return { cost, train, accuracy: this.node('ReduceMean', 'accuracy', {}, { x: asFloat }) };
  }

  /** The document. */
  document(meta: { title: string; description: string; lesson: string }, session?: SessionConfig): GraphDocument {
    return { format: FORMAT_ID, version: FORMAT_VERSION, meta, nodes: this.nodes, edges: this.edges, ...(session ? { session } : {}) };
  }
}
