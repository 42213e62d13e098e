/**
 * Whether a document is a classifier over MNIST, and which of its parts are
 * the image input, the label input and the class scores: what a confusion
 * matrix and a drawn digit need. Read from the graph and its session's
 * bindings, never from a sample's names, so a learner's own graph counts too.
 */
import type { DataBinding, GraphDocument, TensorRef } from './document.ts';

/** The parts of an MNIST classifier. */
export interface MnistClassifier {
  /** The Placeholder bound to MNIST images. */
  images: string;
  /** The Placeholder bound to MNIST's one-hot labels. */
  labels: string;
  /** The class scores, one row of 10 per example. */
  output: TensorRef;
  /** Whether `output` holds logits (softmax still to apply) or probabilities (a Softmax node's). */
  logits: boolean;
}

/** The document's MNIST classifier, or why it is not one (a sentence naming what is missing). */
export function mnistClassifierOf(doc: GraphDocument): MnistClassifier | { why: string } {
  const bindings = { ...doc.session?.feeds, ...doc.session?.evalFeeds };
  const images = boundTo(doc, bindings, 'images');
  const labels = boundTo(doc, bindings, 'labels');
  if (images === undefined || labels === undefined) return { why: 'the session binds no Placeholder to MNIST images and another to its labels' };
  const loss = doc.nodes.find((n) => n.op === 'SoftmaxCrossEntropyWithLogits' && sourceOf(doc, n.id, 'labels')?.node === labels);
  const scores = loss && sourceOf(doc, loss.id, 'logits');
  if (scores) return { images, labels, output: scores, logits: true };
  const softmax = doc.nodes.find((n) => n.op === 'Softmax' && dependsOn(doc, n.id, images));
  if (softmax) return { images, labels, output: { node: softmax.id, output: 'y' }, logits: false };
  return { why: 'no SoftmaxCrossEntropyWithLogits reads the labels, and no Softmax follows the images: the graph has no class scores to read' };
}

/** The Placeholder bound to the MNIST field, if exactly one is. */
function boundTo(doc: GraphDocument, bindings: Record<string, DataBinding>, field: 'images' | 'labels'): string | undefined {
  const ids = Object.entries(bindings)
    .filter(([id, b]) => b.kind === 'dataset' && b.name === 'mnist' && b.field === field && doc.nodes.some((n) => n.id === id && n.op === 'Placeholder'))
    .map(([id]) => id);
  return ids.length === 1 ? ids[0] : undefined;
}

/** What feeds the node's input. */
function sourceOf(doc: GraphDocument, node: string, input: string): TensorRef | undefined {
  const edge = doc.edges.find((e) => e.target === node && e.targetInput === input);
  return edge && { node: edge.source, output: edge.sourceOutput };
}

/** Whether `from` is upstream of `node`. */
function dependsOn(doc: GraphDocument, node: string, from: string): boolean {
  const seen = new Set<string>();
  const stack = [node];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (id === from) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const e of doc.edges) if (e.target === id) stack.push(e.source);
  }
  return false;
}
