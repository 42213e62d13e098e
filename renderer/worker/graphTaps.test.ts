import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandTraining } from '../../core/autodiff/expandTraining.ts';
import { analyze } from '../../core/graph/analyze.ts';
import type { GraphDocument } from '../../core/graph/document.ts';
import { Session } from '../../core/runtime/session.ts';
import { graphTaps } from './graphTaps.ts';
import { incomingGradient } from '../../core/runtime/incomingGradient.ts';

const xor = JSON.parse(readFileSync(new URL('../../samples/xor-nn.flow.json', import.meta.url), 'utf8')) as GraphDocument;
const graph = expandTraining(xor, 'n30');
const analysis = analyze(graph.doc);
const idOf = (name: string) => graph.doc.nodes.find((n) => n.name === name)!.id;

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('graphTaps', () => {
  it('reads every forward and backward node but never the Minimize or an update', () => {
    const taps = graphTaps(graph, analysis);
    const ops = (refs: { node: string }[]) => refs.map((r) => analysis.index.nodes.get(r.node)!.node.op);
    expect(ops(taps.forward)).not.toContain('Minimize');
    expect([...ops(taps.forward), ...ops(taps.backward)]).not.toContain('ApplyGradient');
    expect(taps.forward.map((r) => r.node)).toContain(idOf('hypothesis'));
    expect(taps.backward.length).toBe([...graph.origin.keys()].length);
  });
});

describe('incomingGradient', () => {
  it('is the gradient of a Variable', () => {
    expect(incomingGradient(graph, analysis, idOf('W1'))).toEqual([graph.gradients.get(idOf('W1'))]);
  });

  it('matches tf.grads for the hidden layer: dL/d(layer1) summed from its consumers', async () => {
    const refs = incomingGradient(graph, analysis, idOf('layer1'));
    expect(refs.length).toBeGreaterThan(0);
    const session = new Session(analysis, { backend: 'cpu', seed: 5 });
    const feeds = { X: [[0, 0], [0, 1], [1, 0], [1, 1]], Y: [[0], [1], [1], [0]] };
    const ours = session.run(refs, feeds);
    const sum = tf.addN(ours);
    const [W2, b2, layer1] = session.run(['W2', 'b2', 'layer1'], feeds);
    // cost = -mean(Y log h + (1-Y) log(1-h)), h = sigmoid(layer1 W2 + b2)
    const y = tf.tensor2d([[0], [1], [1], [0]]);
    const f = (l: tf.Tensor) => {
      const h = tf.sigmoid(tf.add(tf.matMul(l as tf.Tensor2D, W2 as tf.Tensor2D), b2));
      return tf.neg(tf.mean(tf.add(tf.mul(y, tf.log(h)), tf.mul(tf.sub(1, y), tf.log(tf.sub(1, h))))));
    };
    const expected = tf.grad(f)(layer1);
    const got = await sum.data();
    const want = await expected.data();
    for (let i = 0; i < want.length; i++) expect(got[i]).toBeCloseTo(want[i], 5);
    session.dispose();
  });

  it('is empty for a node the loss does not depend on', () => {
    expect(incomingGradient(graph, analysis, idOf('accuracy'))).toEqual([]);
  });
});
