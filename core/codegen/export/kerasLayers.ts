/**
 * The Keras layers a graph's nodes can be read as, each matched from its
 * output node back to its input: Dense (`activation(MatMul(x, W) + b)`),
 * Conv2D (`activation(Conv2D(x, W) [+ b])`), MaxPooling2D / AveragePooling2D,
 * Flatten (Flatten, or Reshape [-1, n] of a batch of feature maps), Reshape,
 * Dropout and a lone Activation. A node that is none of these ends the
 * match with the reason.
 */
import { ExportError } from './exportError.ts';
import type { ExportGraph, ExportNode } from './exportGraph.ts';

export type KerasLayer =
  | { kind: 'dense'; units: number; activation: string; alpha?: number; kernel: ExportNode; bias?: ExportNode; output: ExportNode }
  | { kind: 'conv'; filters: number; kernelSize: [number, number]; strides: [number, number]; padding: string; activation: string; alpha?: number; kernel: ExportNode; bias?: ExportNode; output: ExportNode }
  | { kind: 'pool'; op: 'MaxPool' | 'AvgPool'; poolSize: [number, number]; strides: [number, number]; padding: string; output: ExportNode }
  | { kind: 'flatten'; output: ExportNode }
  | { kind: 'reshape'; target: number[]; output: ExportNode }
  | { kind: 'dropout'; keep: number; output: ExportNode }
  | { kind: 'activation'; activation: string; alpha?: number; output: ExportNode };

/** A layer's Variables in Keras's model.weights order (kernel, then bias when it has one); none for layers without weights. */
export function layerWeights(l: KerasLayer): ExportNode[] {
  if (l.kind !== 'dense' && l.kind !== 'conv') return [];
  return l.bias ? [l.kernel, l.bias] : [l.kernel];
}

export const ACTIVATIONS: Record<string, string> = { Sigmoid: 'sigmoid', Relu: 'relu', Tanh: 'tanh', Softmax: 'softmax', Elu: 'elu', LeakyRelu: 'leaky_relu' };

/** What the match needs from the graph: a node by identifier. */
export class Matcher {
  constructor(readonly g: ExportGraph) {}

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

/** `Mul "xW"`, for messages. */
export function describe(n: ExportNode | undefined): string {
  return n ? `${n.op} "${n.name}"` : 'nothing';
}

/** The refusal every matcher gives, with the layers Keras export knows. */
export function notAStack(found: string, at: ExportNode | undefined): ExportError {
  return new ExportError(
    `not a stack of Keras layers: ${found}; each layer must be activation(MatMul(input, W) + b) with Variables W [in, out] and b [out], activation(Conv2D(input, W) [+ b]), MaxPool, AvgPool, Flatten, Reshape or Dropout`,
    at?.id,
  );
}

/** The layer whose output is `out`, and the node its input comes from. */
export function kerasLayer(m: Matcher, out: ExportNode): { layer: KerasLayer; input: ExportNode | undefined } {
  switch (out.op) {
    case 'Dropout':
      return { layer: { kind: 'dropout', keep: keepProb(m, m.input(out, 'keepProb'), out), output: out }, input: m.input(out, 'x') };
    case 'MaxPool':
    case 'AvgPool':
      return { layer: { kind: 'pool', op: out.op, poolSize: window(out.attrs.ksize), strides: window(out.attrs.strides), padding: String(out.attrs.padding).toLowerCase(), output: out }, input: m.input(out, 'input') };
    case 'Flatten':
      return { layer: { kind: 'flatten', output: out }, input: m.input(out, 'x') };
    case 'Reshape':
      return reshape(m, out);
  }
  const activation = ACTIVATIONS[out.op];
  const linear = activation ? m.input(out, 'x') : out;
  const found = linearLayer(m, linear, activation ?? 'linear', out);
  if (found) {
    if (out.op === 'LeakyRelu') found.layer.alpha = out.attrs.alpha as number;
    if (activation === 'softmax' && out.attrs.axis !== -1) throw notAStack(`${describe(out)} is not along the last axis`, out);
    return found;
  }
  if (activation) return { layer: { kind: 'activation', activation, ...(out.op === 'LeakyRelu' ? { alpha: out.attrs.alpha as number } : {}), output: out }, input: linear };
  throw notAStack(`${describe(out)} is where a layer should be`, out);
}

/** MatMul(x, W) [+ b] or Conv2D(x, W) [+ b] as a Dense or Conv2D layer; undefined when `n` is neither. */
function linearLayer(m: Matcher, n: ExportNode | undefined, activation: string, out: ExportNode): { layer: Extract<KerasLayer, { kind: 'dense' | 'conv' }>; input: ExportNode | undefined } | undefined {
  let product = n;
  let bias: ExportNode | undefined;
  if (m.is(n, 'Add')) {
    const [x, y] = [m.input(n, 'x'), m.input(n, 'y')];
    [product, bias] = m.is(x, 'MatMul') || m.is(x, 'Conv2D') ? [x, y] : [y, x];
    if (!(m.is(product, 'MatMul') || m.is(product, 'Conv2D')) || !m.is(bias, 'Variable'))
      throw notAStack(`${describe(n)} adds ${describe(x)} and ${describe(y)}, not a MatMul (without transposes) or Conv2D and a bias Variable`, n);
  }
  // Plain op checks here: the type guard would narrow `product` to nothing after the first branch.
  if (product?.op === 'MatMul') {
    const kernel = m.input(product, 'b');
    if (product.attrs.transposeA || product.attrs.transposeB || !m.is(kernel, 'Variable') || (kernel.attrs.shape as number[]).length !== 2)
      throw notAStack(`${describe(product)} multiplies by ${describe(kernel)}${product.attrs.transposeA || product.attrs.transposeB ? ' with a transpose' : ''}, not a weight Variable [in, out]`, product);
    const units = (kernel.attrs.shape as number[])[1];
    checkBias(bias, units);
    return { layer: { kind: 'dense', units, activation, kernel, ...(bias ? { bias } : {}), output: out }, input: m.input(product, 'a') };
  }
  if (product?.op === 'Conv2D') {
    const kernel = m.input(product, 'filter');
    if (!m.is(kernel, 'Variable')) throw notAStack(`${describe(product)} convolves with ${describe(kernel)}, not a filter Variable [h, w, in, out]`, product);
    const [kh, kw, , filters] = kernel.attrs.shape as number[];
    checkBias(bias, filters);
    const layer = { kind: 'conv' as const, filters, kernelSize: [kh, kw] as [number, number], strides: window(product.attrs.strides), padding: String(product.attrs.padding).toLowerCase(), activation, kernel, ...(bias ? { bias } : {}), output: out };
    return { layer, input: m.input(product, 'input') };
  }
  return undefined;
}

function checkBias(bias: ExportNode | undefined, units: number): void {
  if (!bias) return;
  const shape = bias.attrs.shape as number[];
  if (shape.length !== 1 || shape[0] !== units) throw notAStack(`bias ${describe(bias)} has shape [${shape}] for ${units} units`, bias);
}

/** Reshape to [-1, n] of a batch of feature maps is Flatten; to [-1, ...dims] a Keras Reshape. */
function reshape(m: Matcher, out: ExportNode): { layer: KerasLayer; input: ExportNode | undefined } {
  const target = out.attrs.shape as number[];
  const input = m.input(out, 'x');
  if (target[0] !== -1 || target.slice(1).some((d) => d < 0)) throw notAStack(`${describe(out)} reshapes to [${target}], and a Keras layer keeps the batch: write [-1, ...]`, out);
  const from = input?.types[0]?.shape;
  const rows = from && from.length > 2 && from.slice(1).every((d) => d !== null) ? from.slice(1).reduce<number>((a, d) => a * d!, 1) : undefined;
  if (target.length === 2 && rows === target[1]) return { layer: { kind: 'flatten', output: out }, input };
  return { layer: { kind: 'reshape', target: target.slice(1), output: out }, input };
}

/** [h, w] of a window or stride written [1, h, w, 1] or [h, w]. */
function window(v: unknown): [number, number] {
  const list = v as number[];
  return list.length === 2 ? [list[0], list[1]] : [list[1], list[2]];
}

/** The training keep probability: a Constant, or the number the session feeds its Placeholder. */
function keepProb(m: Matcher, keep: ExportNode | undefined, dropout: ExportNode): number {
  if (keep?.op === 'Constant' && typeof keep.attrs.value === 'number') return keep.attrs.value;
  const fed = keep && m.g.session?.feeds[keep.id];
  if (fed?.kind === 'inline' && typeof fed.value === 'number') return fed.value;
  throw notAStack(`Dropout "${dropout.name}" needs a keep probability that is a number in the graph or the session`, dropout);
}
