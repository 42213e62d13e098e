import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GraphDocument } from './document.ts';
import { mnistClassifierOf } from './mnistClassifier.ts';

const sample = (name: string) => JSON.parse(readFileSync(new URL(`../../samples/${name}.flow.json`, import.meta.url), 'utf8')) as GraphDocument;

describe('mnistClassifierOf', () => {
  it('finds the images, the labels and the logits the loss reads, by bindings and wiring', () => {
    const doc = sample('mnist-softmax');
    const found = mnistClassifierOf(doc);
    expect(found).toEqual({ images: 'n1', labels: 'n2', output: { node: 'n6', output: 'z' }, logits: true });
  });

  it('finds every MNIST sample, CNNs included', () => {
    for (const name of ['mnist-nn', 'mnist-dropout', 'mnist-cnn', 'mnist-deep-cnn']) expect(mnistClassifierOf(sample(name)), name).toHaveProperty('logits', true);
  });

  it('reads a Softmax after the images when no cross-entropy reads the labels', () => {
    const doc = sample('mnist-softmax');
    const nodes = doc.nodes.filter((n) => n.op !== 'SoftmaxCrossEntropyWithLogits').concat({ id: 's', op: 'Softmax', name: 'probs', attrs: {}, position: { x: 0, y: 0 } });
    const edges = doc.edges.filter((e) => e.target !== 'n7' && e.source !== 'n7').concat({ id: 'es', source: 'n6', sourceOutput: 'z', target: 's', targetInput: 'x' });
    expect(mnistClassifierOf({ ...doc, nodes, edges })).toEqual({ images: 'n1', labels: 'n2', output: { node: 's', output: 'y' }, logits: false });
  });

  it('says why a graph is not one: no MNIST bindings, or no class scores', () => {
    expect(mnistClassifierOf(sample('xor-nn'))).toHaveProperty('why', expect.stringMatching(/binds no Placeholder to MNIST/));
    const doc = sample('mnist-softmax');
    const bare = { ...doc, nodes: doc.nodes.filter((n) => n.op !== 'SoftmaxCrossEntropyWithLogits'), edges: doc.edges.filter((e) => e.target !== 'n7') };
    expect(mnistClassifierOf(bare)).toHaveProperty('why', expect.stringMatching(/no class scores/));
  });
});
