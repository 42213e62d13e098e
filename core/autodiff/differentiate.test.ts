import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../graph/analyze.ts';
import { DiagnosticCode } from '../graph/diagnostics.ts';
import type { GraphDocument } from '../graph/document.ts';
import { useBackend } from '../runtime/backend.ts';
import { Session } from '../runtime/session.ts';
import { GraphBuilder, type NodeHandle } from '../../test/graphBuilder.ts';
import { checkGradType } from './checkGrad.ts';
import { differentiate } from './differentiate.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

/** Course lesson 3: h = x * W + b, cost = mean((h - y)^2), x and y of shape [?]. */
function linearRegression() {
  const g = new GraphBuilder();
  const x = g.add('Placeholder', { shape: [null] }, 'x');
  const y = g.add('Placeholder', { shape: [null] }, 'y');
  const W = g.add('Variable', { shape: [1] }, 'W');
  const b = g.add('Variable', { shape: [1] }, 'b');
  const mul = g.add('Mul', {}, 'mul', { x, y: W });
  const h = g.add('Add', {}, 'h', { x: mul, y: b });
  const err = g.add('Sub', {}, 'err', { x: h, y });
  const sq = g.add('Square', {}, 'sq', { x: err });
  const cost = g.add('ReduceMean', {}, 'cost', { x: sq });
  return { g, x, y, W, b, h, cost };
}

const ref = (n: NodeHandle, output = 'y') => ({ node: n.id, output });
const backward = (doc: GraphDocument) => doc.nodes.filter((n) => n.id.startsWith('grad:'));

/** Gradient values from the differentiated graph, run in a Session. */
async function run(doc: GraphDocument, fetches: { node: string; output: string }[], feeds: Record<string, number[] | number[][]>, seed = 0) {
  const analysis = analyze(doc);
  expect(analysis.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const s = new Session(analysis, { backend: tf.getBackend(), seed });
  try {
    return await s.runValues(fetches, feeds);
  } finally {
    s.dispose();
  }
}

describe('differentiate', () => {
  it('names backward nodes like TF1 and matches tf.grads on the linear-regression lesson', async () => {
    const { g, W, b, cost } = linearRegression();
    const diff = differentiate(g.doc(), ref(cost));
    expect([...diff.gradients.keys()]).toEqual([W.id, b.id]);
    expect(backward(diff.doc).map((n) => `${n.op} ${n.name}`)).toEqual([
      'OnesLike gradients/Fill',
      'BroadcastLike gradients/cost_grad/BroadcastLike',
      'ReductionSize gradients/cost_grad/ReductionSize',
      'Div gradients/cost_grad/Div',
      'Constant gradients/sq_grad/Constant',
      'Mul gradients/sq_grad/Mul',
      'Mul gradients/sq_grad/Mul_1',
      // h and y are both [?]: either could be broadcast at run time.
      'SumToShapeOf gradients/err_grad/SumToShapeOf',
      'SumToShapeOf gradients/h_grad/SumToShapeOf',
      'Mul gradients/mul_grad/Mul',
      'SumToShapeOf gradients/mul_grad/SumToShapeOf',
    ]);
    const feeds = { x: [1, 2, 3], y: [1, 2, 3] };
    const [Wv, bv, dW, db] = await run(diff.doc, [ref(W, 'value'), ref(b, 'value'), diff.gradients.get(W.id)!, diff.gradients.get(b.id)!], feeds);
    const [eW, eb] = tf.grads((w: tf.Tensor, bb: tf.Tensor) => tf.mean(tf.square(tf.sub(tf.add(tf.mul(tf.tensor(feeds.x), w), bb), tf.tensor(feeds.y)))))([
      tf.tensor(Wv as number[]),
      tf.tensor(bv as number[]),
    ]);
    expect(dW as number[]).toEqual(Array.from(eW.dataSync()).map((v) => expect.closeTo(v, 4)));
    expect(db as number[]).toEqual(Array.from(eb.dataSync()).map((v) => expect.closeTo(v, 4)));
  });

  it('sums the gradients of a tensor used twice with gradients/<node>_grad/AddN', async () => {
    const g = new GraphBuilder();
    const x = g.add('Placeholder', { shape: [2, 2] }, 'x');
    const W = g.add('Variable', { shape: [2, 2] }, 'W');
    const prod = g.add('MatMul', {}, 'prod', { a: x, b: W });
    const sq = g.add('Square', {}, 'sq', { x: W });
    const both = g.add('Add', {}, 'both', { x: prod, y: sq });
    const loss = g.add('ReduceSum', {}, 'loss', { x: both });
    const diff = differentiate(g.doc(), ref(loss));
    const grad = diff.gradients.get(W.id)!;
    const addN = diff.doc.nodes.find((n) => n.id === grad.node)!;
    expect(addN.name).toBe('gradients/W_grad/AddN');
    expect(diff.doc.edges.filter((e) => e.target === addN.id).map((e) => e.targetInput)).toEqual(['inputs:0', 'inputs:1']);
    expect(diff.origin.get(addN.id)).toEqual({ forwardNode: W.id });
    const xv = [[1, 2], [3, 4]];
    const [Wv, dW] = await run(diff.doc, [ref(W, 'value'), grad], { x: xv });
    const [expected] = tf.grads((w: tf.Tensor) => tf.sum(tf.add(tf.matMul(tf.tensor(xv), w), tf.square(w))))([tf.tensor(Wv as number[][])]);
    expect((dW as number[][]).flat()).toEqual(Array.from(expected.dataSync()).map((v) => expect.closeTo(v, 4)));
  });

  it('maps every backward node to the forward node and input it differentiates', () => {
    const g = new GraphBuilder();
    const x = g.add('Placeholder', { shape: [null, 3] }, 'x');
    const W = g.add('Variable', { shape: [3, 2] }, 'W');
    const h = g.add('MatMul', {}, 'h', { a: x, b: W });
    const loss = g.add('ReduceSum', {}, 'loss', { x: h });
    const diff = differentiate(g.doc(), ref(loss), [W.id, x.id]);
    const origins = Object.fromEntries(backward(diff.doc).map((n) => [n.name, diff.origin.get(n.id)]));
    expect(origins).toEqual({
      'gradients/Fill': { forwardNode: loss.id },
      'gradients/loss_grad/BroadcastLike': { forwardNode: loss.id, input: 'x' },
      'gradients/h_grad/MatMul': { forwardNode: h.id, input: 'a' },
      'gradients/h_grad/MatMul_1': { forwardNode: h.id, input: 'b' },
    });
  });

  it('places backward nodes as a mirror image to the right of the forward graph', () => {
    const { g, cost, W } = linearRegression();
    const doc = g.doc();
    const diff = differentiate(doc, ref(cost));
    const maxX = Math.max(...doc.nodes.map((n) => n.position.x));
    const pos = (name: string) => diff.doc.nodes.find((n) => n.name === name)!.position;
    const forward = (name: string) => doc.nodes.find((n) => n.name === name)!.position;
    for (const n of backward(diff.doc)) expect(n.position.x).toBeGreaterThan(maxX);
    // Further left in the forward graph means further right in the mirror.
    expect(pos('gradients/mul_grad/Mul').x).toBeGreaterThan(pos('gradients/cost_grad/Div').x);
    expect(pos('gradients/mul_grad/Mul').y).toBe(forward('mul').y);
    // A second node of the same forward node stacks below the first.
    expect(pos('gradients/sq_grad/Mul').y).toBeGreaterThan(forward('sq').y);
    expect(diff.gradients.get(W.id)).toBeDefined();
  });

  it('gives unique, deterministic ids and a fresh scope when differentiated again', () => {
    const { g, cost, W } = linearRegression();
    const first = differentiate(g.doc(), ref(cost));
    expect(differentiate(g.doc(), ref(cost))).toEqual(first);
    const ids = first.doc.nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(backward(first.doc).map((n) => n.id)).toEqual(backward(first.doc).map((_, i) => `grad:${i}`));
    const second = differentiate(first.doc, ref(cost), [W.id]);
    const added = second.doc.nodes.slice(first.doc.nodes.length);
    expect(added.every((n) => n.name.startsWith('gradients_1/'))).toBe(true);
    expect(new Set(second.doc.nodes.map((n) => n.id)).size).toBe(second.doc.nodes.length);
    expect(new Set(second.doc.edges.map((e) => e.id)).size).toBe(second.doc.edges.length);
    expect(analyze(second.doc).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('differentiates only trainable variables by default', () => {
    const { g, cost, W, b } = linearRegression();
    const frozen = g.add('Variable', { shape: [1], trainable: false }, 'frozen');
    const scaled = g.add('Mul', {}, 'scaled', { x: cost, y: frozen });
    const diff = differentiate(g.doc(), ref(scaled, 'z'));
    expect([...diff.gradients.keys()]).toEqual([W.id, b.id]);
    expect(diff.notes).toEqual([]);
  });

  it('notes a requested variable the loss does not depend on', () => {
    const { g, cost, W } = linearRegression();
    const unused = g.add('Variable', { shape: [2] }, 'unused');
    const diff = differentiate(g.doc(), ref(cost), [W.id, unused.id]);
    expect(diff.gradients.get(unused.id)).toBeUndefined();
    expect(diff.notes).toEqual([expect.objectContaining({ code: DiagnosticCode.NoGradient, severity: 'warning', nodeId: unused.id, message: expect.stringContaining('does not depend on it') })]);
  });

  it('stops at accuracy ops with notes, never an error', () => {
    const g = new GraphBuilder();
    const x = g.add('Placeholder', { shape: [null, 2] }, 'x');
    const labels = g.add('Placeholder', { shape: [null, 2] }, 'labels');
    const W = g.add('Variable', { shape: [2, 2] }, 'W');
    const logits = g.add('MatMul', {}, 'logits', { a: x, b: W });
    const predicted = g.add('ArgMax', { axis: 1 }, 'predicted', { x: logits });
    const truth = g.add('ArgMax', { axis: 1 }, 'truth', { x: labels });
    const right = g.add('Equal', {}, 'right', { x: predicted, y: truth });
    const asFloat = g.add('Cast', { dtype: 'float32' }, 'asFloat', { x: right });
    const accuracy = g.add('ReduceMean', {}, 'accuracy', { x: asFloat });
    const diff = differentiate(g.doc(), ref(accuracy), [W.id]);
    expect(diff.gradients.get(W.id)).toBeUndefined();
    expect(diff.notes.map((n) => [n.code, n.nodeId])).toEqual([
      [DiagnosticCode.GradientStopped, asFloat.id],
      [DiagnosticCode.NoGradient, W.id],
    ]);
    expect(diff.notes[0].message).toBe('gradient flow stops at Cast "asFloat": its input is bool, which has no gradient (only float32 tensors do)');
    expect(diff.notes[1].message).toContain('only through ops without a gradient ("asFloat")');
  });

  it('keeps the differentiable path when another path stops at OneHot or OnesLike', async () => {
    const g = new GraphBuilder();
    const W = g.add('Variable', { shape: [2, 3] }, 'W');
    const hot = g.add('OneHot', { depth: 3 }, 'hot', { indices: g.add('ArgMax', { axis: 1 }, 'best', { x: W }) });
    const ones = g.add('OnesLike', {}, 'ones', { x: W });
    const picked = g.add('Mul', {}, 'picked', { x: hot, y: W });
    const withOnes = g.add('Mul', {}, 'withOnes', { x: picked, y: ones });
    const loss = g.add('ReduceSum', {}, 'loss', { x: withOnes });
    const diff = differentiate(g.doc(), ref(loss));
    expect(diff.notes.map((n) => n.code)).toEqual([DiagnosticCode.GradientStopped, DiagnosticCode.GradientStopped]);
    expect(diff.notes.map((n) => n.nodeId).sort()).toEqual([hot.id, ones.id].sort());
    expect(diff.notes.find((n) => n.nodeId === hot.id)?.message).toContain('OneHot "hot": OneHot turns whole class numbers');
    const [Wv, dW] = await run(diff.doc, [ref(W, 'value'), diff.gradients.get(W.id)!], {});
    // d/dW sum(onehot(argmax W) * W) is the one-hot mask itself.
    const mask = (Wv as number[][]).map((row) => row.map((v) => (v === Math.max(...row) ? 1 : 0)));
    expect(dW).toEqual(mask);
  });

  it('seeds a non-scalar loss with ones, summing it as TF1 does', async () => {
    const g = new GraphBuilder();
    const W = g.add('Variable', { shape: [3] }, 'W');
    const sq = g.add('Square', {}, 'sq', { x: W });
    const diff = differentiate(g.doc(), ref(sq));
    const [Wv, dW] = await run(diff.doc, [ref(W, 'value'), diff.gradients.get(W.id)!], {});
    expect(dW).toEqual((Wv as number[]).map((v) => expect.closeTo(2 * v, 5)));
  });

  it('trains a 2-2-1 sigmoid net on XOR with gradients equal to tf.grads', async () => {
    const g = new GraphBuilder();
    const X = g.add('Placeholder', { shape: [null, 2] }, 'X');
    const Y = g.add('Placeholder', { shape: [null, 1] }, 'Y');
    const W1 = g.add('Variable', { shape: [2, 2] }, 'W1');
    const b1 = g.add('Variable', { shape: [2] }, 'b1');
    const W2 = g.add('Variable', { shape: [2, 1] }, 'W2');
    const b2 = g.add('Variable', { shape: [1] }, 'b2');
    const l1 = g.add('Sigmoid', {}, 'l1', { x: g.add('Add', {}, 'z1', { x: g.add('MatMul', {}, 'm1', { a: X, b: W1 }), y: b1 }) });
    const logits = g.add('Add', {}, 'z2', { x: g.add('MatMul', {}, 'm2', { a: l1, b: W2 }), y: b2 });
    const loss = g.add('SigmoidCrossEntropyWithLogits', {}, 'xent', { labels: Y, logits });
    const cost = g.add('ReduceMean', {}, 'cost', { x: loss });
    const diff = differentiate(g.doc(), ref(cost));
    const vars = [W1, b1, W2, b2];
    const feeds = { X: [[0, 0], [0, 1], [1, 0], [1, 1]], Y: [[0], [1], [1], [0]] };
    const values = await run(diff.doc, [...vars.map((v) => ref(v, 'value')), ...vars.map((v) => diff.gradients.get(v.id)!)], feeds, 7);
    const xs = tf.tensor(feeds.X);
    const ys = tf.tensor(feeds.Y);
    const f = (w1: tf.Tensor, bb1: tf.Tensor, w2: tf.Tensor, bb2: tf.Tensor) => {
      const z = tf.add(tf.matMul(tf.sigmoid(tf.add(tf.matMul(xs, w1), bb1)), w2), bb2);
      return tf.mean(tf.sub(tf.add(tf.relu(z), tf.log1p(tf.exp(tf.neg(tf.abs(z))))), tf.mul(z, ys)));
    };
    const expected = tf.grads(f)(values.slice(0, 4).map((v) => tf.tensor(v as number[])));
    expected.forEach((e, i) => expect([values[4 + i]].flat(2)).toEqual(Array.from(e.dataSync()).map((v) => expect.closeTo(v, 5))));
  });

  it('throws for a loss that is not float32, naming it', () => {
    const g = new GraphBuilder();
    const W = g.add('Variable', { shape: [3] }, 'W');
    const best = g.add('ArgMax', {}, 'best', { x: W });
    expect(() => differentiate(g.doc(), ref(best, 'y'))).toThrow(/cannot differentiate ArgMax "best": it is int32/);
  });

  it('throws when the graph the loss depends on has errors', () => {
    const g = new GraphBuilder();
    const W = g.add('Variable', { shape: [3] }, 'W');
    const V = g.add('Variable', { shape: [4] }, 'V');
    const bad = g.add('Add', {}, 'bad', { x: W, y: V });
    expect(() => differentiate(g.doc(), ref(bad, 'z'))).toThrow(/cannot differentiate "bad": the graph it depends on has errors:\n.*\[bad\].*do not broadcast/);
  });

  it('still differentiates a graph whose bound data does not fit (the session\'s problem, which training reports)', () => {
    const g = new GraphBuilder();
    const x = g.add('Placeholder', { shape: [null] }, 'x');
    const w = g.add('Variable', { shape: [1] }, 'W');
    const cost = g.add('ReduceMean', {}, 'cost', { x: g.add('Mul', {}, 'xW', { x, y: w }) });
    g.session = { fetches: [], feeds: { [x.id]: { kind: 'inline', value: [[1, 2]] } } };
    const doc = g.doc();
    expect(analyze(doc).diagnostics.map((d) => d.code)).toContain('BAD_BINDING');
    expect(differentiate(doc, ref(cost, 'y')).gradients.get(w.id)).toBeDefined();
  });

  it('throws naming an op that should have a gradient but has none', () => {
    const g = new GraphBuilder();
    const W = g.add('Variable', { shape: [3] }, 'W');
    const dy = g.add('Constant', { value: [1, 1, 1] }, 'dy');
    const sg = g.add('SigmoidGrad', {}, 'sg', { y: W, dy });
    expect(() => differentiate(g.doc(), ref(sg, 'dx'))).toThrow(/SigmoidGrad "sg" has no gradient yet.*add core\/autodiff\/SigmoidGrad_grad.ts/);
  });
});

describe('checkGradType', () => {
  const node = { id: 'n1', op: 'Add', name: 'h', attrs: {}, position: { x: 0, y: 0 } };
  it('throws naming the op and input when a gradient has the wrong shape', () => {
    expect(() => checkGradType(node, 'y', { dtype: 'float32', shape: [3, 4] }, { dtype: 'float32', shape: [1, 4] })).toThrow(
      'Error in the gradient of Add "h": the gradient of input y has shape [3,4], which does not match the input\'s shape [1,4]',
    );
    expect(() => checkGradType(node, 'x', { dtype: 'int32', shape: [2] }, { dtype: 'float32', shape: [2] })).toThrow(/input x is int32; gradients must be float32/);
  });
  it('accepts shapes that can agree at run time', () => {
    expect(() => checkGradType(node, 'x', { dtype: 'float32', shape: [null, 3] }, { dtype: 'float32', shape: [5, 3] })).not.toThrow();
    expect(() => checkGradType(node, 'x', { dtype: 'float32', shape: null }, { dtype: 'float32', shape: [5, 3] })).not.toThrow();
  });
});
