/**
 * Recognises a graph that is a stack of Keras layers (kerasLayers.ts: Dense,
 * Conv2D, pooling, Flatten, Reshape, Dropout, activations) under a loss Keras
 * knows (mean squared error, binary or categorical cross-entropy, written out
 * or with logits), down to one Placeholder [None, ...]. Anything else is
 * refused with the node where the pattern breaks and why.
 */
import type { InitializerSpec } from '../../ops/initializers.ts';
import { ExportError } from './exportError.ts';
import type { ExportGraph, ExportNode } from './exportGraph.ts';
import { describe, type KerasLayer, kerasLayer, Matcher } from './kerasLayers.ts';

export interface LayerStack {
  input: ExportNode;
  labels: ExportNode;
  layers: KerasLayer[];
  /** Keras loss: a name, or a constructor call for the from_logits losses. */
  loss: string;
}

/** The layer stack under the session's loss; throws ExportError saying where the graph stops being one. */
export function layerStack(g: ExportGraph): LayerStack {
  if (!g.train || !g.loss) throw new ExportError('Keras export needs a trained graph: add a Minimize and pick it in the session');
  const m = new Matcher(g);
  const head = lossHead(m, g.loss);
  const layers: KerasLayer[] = [];
  let out: ExportNode | undefined = head.output;
  while (out && out.op !== 'Placeholder') {
    const layer = kerasLayer(m, out);
    layers.unshift(layer.layer);
    out = layer.input;
  }
  if (!out) throw new ExportError('not a stack of Keras layers: the first layer does not start from a Placeholder');
  const shape = out.types[0]?.shape;
  if (!shape || shape.length < 2 || shape[0] !== null || shape.slice(1).some((d) => d === null))
    throw new ExportError(`not a stack of Keras layers: the input "${out.name}" must have shape [None, ...known sizes] for Keras's Input(shape=...)`, out.id);
  if (!layers.some((l) => l.kind === 'dense' || l.kind === 'conv')) throw new ExportError('not a stack of Keras layers: the loss is computed from the input without a Dense or Conv2D layer');
  if (head.labels.op !== 'Placeholder')
    throw new ExportError(`not a stack of Keras layers: the loss takes its labels from ${describe(head.labels)}, and Keras fits labels fed to a Placeholder as they are`, head.labels.id);
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
        throw new ExportError(`not a stack of Keras layers: the loss compares ${describe(a)} with ${describe(b)}, and Keras fits labels fed to a Placeholder`, diff.id);
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
  throw new ExportError(`not a stack of Keras layers: ${why}`, loss.id);
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
