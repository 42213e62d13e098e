/**
 * Recognises a graph that is a stack of dense layers, as Keras can write it:
 * a loss Keras knows (mean squared error, binary or categorical
 * cross-entropy, written out or with logits) on top of layers of the form
 * `activation(MatMul(input, W) + b)`, optionally with Dropout between them,
 * down to one Placeholder [None, n]. Anything else is refused with the node
 * where the pattern breaks and why.
 */
import type { InitializerSpec } from '../../ops/initializers.ts';
import { ExportError } from './exportError.ts';
import type { ExportGraph, ExportNode } from './exportGraph.ts';

export interface DenseLayer {
  units: number;
  /** Keras activation name; `linear` for none. */
  activation: string;
  alpha?: number;
  kernel: ExportNode;
  bias: ExportNode;
  /** The node whose output is the layer's output (the activation, or the Add for a linear layer). */
  output: ExportNode;
  /** Keep probability of a Dropout after the layer, from the data fed to its keep_prob. */
  dropoutKeep?: number;
}

export interface LayerStack {
  input: ExportNode;
  labels: ExportNode;
  layers: DenseLayer[];
  /** Keras loss: a name, or a constructor call for the from_logits losses. */
  loss: string;
}

const ACTIVATIONS: Record<string, string> = { Sigmoid: 'sigmoid', Relu: 'relu', Tanh: 'tanh', Softmax: 'softmax', Elu: 'elu', LeakyRelu: 'leaky_relu' };

class Matcher {
  constructor(private readonly g: ExportGraph) {}

  node(ident: string | string[] | undefined): ExportNode | undefined {
    return typeof ident === 'string' ? this.g.nodes.find((n) => n.ident === ident) : undefined;
  }

  input(n: ExportNode | undefined, name: string): ExportNode | undefined {
    return n && this.node(n.inputs[name]);
  }

  is(n: ExportNode | undefined, op: string): n is ExportNode {
    return n?.op === op;
  }

  /** A Constant holding the single value `v`. */
  constant(n: ExportNode | undefined, v: number): boolean {
    return this.is(n, 'Constant') && n.attrs.value === v;
  }
}

/** The layer stack under the session's loss; throws ExportError saying where the graph stops being one. */
export function layerStack(g: ExportGraph): LayerStack {
  if (!g.train || !g.loss) throw new ExportError('Keras export needs a trained graph: add a Minimize and pick it in the session');
  const m = new Matcher(g);
  const head = lossHead(m, g.loss);
  const layers: DenseLayer[] = [];
  let out: ExportNode | undefined = head.output;
  while (out && out.op !== 'Placeholder') {
    const layer = denseLayer(m, g, out);
    layers.unshift(layer.layer);
    out = layer.input;
  }
  if (!out) throw new ExportError('not a stack of dense layers: the first layer does not start from a Placeholder');
  const shape = out.types[0]?.shape;
  if (!shape || shape.length !== 2 || shape[0] !== null || shape[1] === null)
    throw new ExportError(`not a stack of dense layers: the input "${out.name}" must have shape [None, n] for Keras's Input(shape=(n,))`, out.id);
  if (layers.length === 0) throw new ExportError('not a stack of dense layers: the loss is computed straight from the input');
  if (head.labels.op !== 'Placeholder')
    throw new ExportError(`not a stack of dense layers: the loss takes its labels from ${describe(head.labels)}, and Keras fits labels fed to a Placeholder as they are`, head.labels.id);
  return { input: out, labels: head.labels, layers, loss: head.loss };
}

/** The model output, the labels and the Keras loss, from the loss node's pattern. */
function lossHead(m: Matcher, loss: ExportNode): { output: ExportNode; labels: ExportNode; loss: string } {
  const why = `the loss "${loss.name}" is not one Keras knows: use ReduceMean of Square(h - Y), of SoftmaxCrossEntropyWithLogits or SigmoidCrossEntropyWithLogits, or the course's cross-entropy formulas`;
  if (m.is(loss, 'ReduceMean')) {
    const inner = m.input(loss, 'x');
    if (m.is(inner, 'Square')) {
      const diff = m.input(inner, 'x');
      const [a, b] = [m.input(diff, 'x'), m.input(diff, 'y')];
      if (m.is(diff, 'Sub') && a && b) {
        if (m.is(b, 'Placeholder')) return { output: a, labels: b, loss: "'mse'" };
        if (m.is(a, 'Placeholder')) return { output: b, labels: a, loss: "'mse'" };
        throw new ExportError(`not a stack of dense layers: the loss compares ${describe(a)} with ${describe(b)}, and Keras fits labels fed to a Placeholder`, diff.id);
      }
    }
    if (m.is(inner, 'SoftmaxCrossEntropyWithLogits'))
      return { output: m.input(inner, 'logits')!, labels: m.input(inner, 'labels')!, loss: 'tf.keras.losses.CategoricalCrossentropy(from_logits=True)' };
    if (m.is(inner, 'SigmoidCrossEntropyWithLogits'))
      return { output: m.input(inner, 'logits')!, labels: m.input(inner, 'labels')!, loss: 'tf.keras.losses.BinaryCrossentropy(from_logits=True)' };
    // -sum(Y * log(h), axis=1) averaged: categorical cross-entropy on softmax outputs.
    const sum = m.is(inner, 'Neg') ? m.input(inner, 'x') : undefined;
    const product = m.is(sum, 'ReduceSum') ? m.input(sum, 'x') : undefined;
    if (m.is(product, 'Mul')) {
      const [y, log] = m.is(m.input(product, 'y'), 'Log') ? [m.input(product, 'x'), m.input(product, 'y')] : [m.input(product, 'y'), m.input(product, 'x')];
      if (m.is(log, 'Log') && y) return { output: m.input(log, 'x')!, labels: y, loss: "'categorical_crossentropy'" };
    }
  }
  // -mean(Y * log(h) + (1 - Y) * log(1 - h)): binary cross-entropy on sigmoid outputs.
  const mean = m.is(loss, 'Neg') ? m.input(loss, 'x') : undefined;
  const sum = m.is(mean, 'ReduceMean') ? m.input(mean, 'x') : undefined;
  if (m.is(sum, 'Add')) {
    const [first, second] = [m.input(sum, 'x'), m.input(sum, 'y')];
    const log = m.is(first, 'Mul') ? m.input(first, 'y') : undefined;
    const y = m.is(first, 'Mul') ? m.input(first, 'x') : undefined;
    const h = m.is(log, 'Log') ? m.input(log, 'x') : undefined;
    // The second term must be (1 - Y) * log(1 - h) for the same Y and h.
    const oneMinusY = m.is(second, 'Mul') ? m.input(second, 'x') : undefined;
    const logOneMinusH = m.is(second, 'Mul') ? m.input(second, 'y') : undefined;
    const oneMinusH = m.is(logOneMinusH, 'Log') ? m.input(logOneMinusH, 'x') : undefined;
    const oneMinus = (n: ExportNode | undefined, of: ExportNode | undefined) => m.is(n, 'Sub') && m.constant(m.input(n, 'x'), 1) && m.input(n, 'y') === of;
    if (h && y && oneMinus(oneMinusY, y) && oneMinus(oneMinusH, h)) return { output: h, labels: y, loss: "'binary_crossentropy'" };
  }
  throw new ExportError(`not a stack of dense layers: ${why}`, loss.id);
}

/** One `activation(MatMul(input, W) + b)`, with an optional Dropout on its output. */
function denseLayer(m: Matcher, g: ExportGraph, out: ExportNode): { layer: DenseLayer; input: ExportNode | undefined } {
  let dropoutKeep: number | undefined;
  let node = out;
  if (m.is(node, 'Dropout')) {
    dropoutKeep = keepProb(g, m.input(node, 'keepProb'), node);
    node = m.input(node, 'x')!;
  }
  const activation = ACTIVATIONS[node.op];
  const add = activation ? m.input(node, 'x') : node;
  const broken = (found: string, at: ExportNode) =>
    new ExportError(`not a stack of dense layers: ${found}; each layer must be activation(MatMul(input, W) + b) with Variables W [in, out] and b [out]`, at.id);
  if (!m.is(add, 'Add')) throw broken(`${describe(add ?? node)} is where a layer's MatMul + b should be`, add ?? node);
  const [x, y] = [m.input(add, 'x'), m.input(add, 'y')];
  const [matmul, bias] = m.is(x, 'MatMul') ? [x, y] : [y, x];
  if (!m.is(matmul, 'MatMul') || !m.is(bias, 'Variable') || matmul.attrs.transposeA || matmul.attrs.transposeB)
    throw broken(`${describe(add)} adds ${describe(x)} and ${describe(y)}, not a MatMul (without transposes) and a bias Variable`, add);
  const kernel = m.input(matmul, 'b');
  if (!m.is(kernel, 'Variable') || (kernel.attrs.shape as number[]).length !== 2 || (bias.attrs.shape as number[]).length !== 1)
    throw broken(`${describe(matmul)} multiplies by ${describe(kernel)}, not a weight Variable [in, out] (or its bias is not a vector)`, matmul);
  const units = (kernel.attrs.shape as number[])[1];
  if ((bias.attrs.shape as number[])[0] !== units) throw broken(`bias ${describe(bias)} has ${(bias.attrs.shape as number[])[0]} entries for ${units} units`, bias);
  if (activation === 'softmax' && node.attrs.axis !== -1) throw broken(`${describe(node)} is not along the last axis`, node);
  const layer: DenseLayer = { units, activation: activation ?? 'linear', kernel, bias, output: out, ...(dropoutKeep !== undefined ? { dropoutKeep } : {}) };
  if (node.op === 'LeakyRelu') layer.alpha = node.attrs.alpha as number;
  return { layer, input: m.input(matmul, 'a') };
}

/** `Mul "xW"`, for messages. */
function describe(n: ExportNode | undefined): string {
  return n ? `${n.op} "${n.name}"` : 'nothing';
}

/** The training keep probability: a Constant, or the number the session feeds its Placeholder. */
function keepProb(g: ExportGraph, keep: ExportNode | undefined, dropout: ExportNode): number {
  if (keep?.op === 'Constant' && typeof keep.attrs.value === 'number') return keep.attrs.value;
  const fed = keep && g.session?.feeds[keep.id];
  if (fed?.kind === 'inline' && typeof fed.value === 'number') return fed.value;
  throw new ExportError(`not a stack of dense layers: Dropout "${dropout.name}" needs a keep probability that is a number in the graph or the session`, dropout.id);
}

/** A Keras initializer for a Variable's spec. */
export function kerasInitializer(spec: InitializerSpec): string {
  switch (spec.kind) {
    case 'zeros':
      return "'zeros'";
    case 'ones':
      return "'ones'";
    case 'constant':
      return `tf.keras.initializers.Constant(${spec.value})`;
    case 'randomNormal':
      return `tf.keras.initializers.RandomNormal(mean=${spec.mean}, stddev=${spec.stddev})`;
    case 'truncatedNormal':
      return `tf.keras.initializers.TruncatedNormal(mean=${spec.mean}, stddev=${spec.stddev})`;
    case 'randomUniform':
      return `tf.keras.initializers.RandomUniform(minval=${spec.min}, maxval=${spec.max})`;
    case 'glorotUniform':
      return "'glorot_uniform'";
    case 'glorotNormal':
      return "'glorot_normal'";
    case 'heNormal':
      return "'he_normal'";
    case 'heUniform':
      return "'he_uniform'";
  }
}
