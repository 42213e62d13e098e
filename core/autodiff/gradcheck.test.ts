import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../runtime/backend.ts';
import { GraphBuilder, type NodeHandle } from '../../test/graphBuilder.ts';
import { GRADCHECK_TOLERANCE, gradcheck } from './gradcheck.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

const backend = () => tf.getBackend();

/** A dense layer x W + b with an activation, wired into the builder. */
function dense(g: GraphBuilder, input: NodeHandle, inputs: number, units: number, name: string, activation?: string): NodeHandle {
  const W = g.add('Variable', { shape: [inputs, units], initializer: { kind: 'glorotUniform' } }, `${name}/W`);
  const b = g.add('Variable', { shape: [units], initializer: { kind: 'randomNormal', mean: 0, stddev: 0.5 } }, `${name}/b`);
  const z = g.add('Add', {}, `${name}/z`, { x: g.add('MatMul', {}, `${name}/xW`, { a: input, b: W }), y: b });
  return activation ? g.add(activation, {}, `${name}/${activation}`, { x: z }) : z;
}

/** Course lesson 6: a 2-2-1 sigmoid net on XOR, cost = -mean(y log h + (1-y) log(1-h)) written out by hand. */
function xorNet(activation = 'Sigmoid') {
  const g = new GraphBuilder();
  const X = g.add('Placeholder', { shape: [null, 2] }, 'X');
  const Y = g.add('Placeholder', { shape: [null, 1] }, 'Y');
  const h = dense(g, dense(g, X, 2, 2, 'layer1', activation), 2, 1, 'layer2', 'Sigmoid');
  const one = g.add('OnesLike', {}, 'one', { x: Y });
  const pos = g.add('Mul', {}, 'pos', { x: Y, y: g.add('Log', {}, 'logh', { x: h }) });
  const neg = g.add('Mul', {}, 'neg', { x: g.add('Sub', {}, '1-y', { x: one, y: Y }), y: g.add('Log', {}, 'log1-h', { x: g.add('Sub', {}, '1-h', { x: one, y: h }) }) });
  const cost = g.add('Neg', {}, 'cost', { x: g.add('ReduceMean', {}, 'mean', { x: g.add('Add', {}, 'sum', { x: pos, y: neg }) }) });
  g.session = {
    fetches: [{ node: cost.id, role: 'loss' }],
    feeds: { [X.id]: { kind: 'inline', value: [[0, 0], [0, 1], [1, 0], [1, 1]] }, [Y.id]: { kind: 'inline', value: [[0], [1], [1], [0]] } },
    seed: 3,
  };
  return g;
}

describe('gradcheck', () => {
  it('passes the XOR net of lesson 6 with the session\'s inline feeds and loss', async () => {
    const result = await gradcheck(xorNet().doc(), { backend: backend() });
    expect(result.variables.map((v) => v.name)).toEqual(['layer1/W', 'layer1/b', 'layer2/W', 'layer2/b']);
    for (const v of result.variables) {
      expect(v.ok).toBe(true);
      expect(v.maxRelativeError).toBeLessThan(GRADCHECK_TOLERANCE);
      expect(v.checked).toBe(v.size);
    }
  });

  it('passes a softmax classifier and samples the elements of a large weight', async () => {
    const g = new GraphBuilder();
    const X = g.add('Placeholder', { shape: [null, 30] }, 'X');
    const Y = g.add('Placeholder', { shape: [null, 4] }, 'Y');
    // Tanh, not ReLU: with random weights a ReLU unit can sit within the finite-difference step of its kink (seeds 1, 3 and 5 do).
    const logits = dense(g, dense(g, X, 30, 8, 'hidden', 'Tanh'), 8, 4, 'out');
    const xent = g.add('SoftmaxCrossEntropyWithLogits', {}, 'xent', { labels: Y, logits });
    const cost = g.add('ReduceMean', {}, 'cost', { x: xent });
    const rows = 3;
    const x = Array.from({ length: rows }, (_, r) => Array.from({ length: 30 }, (_, c) => Math.sin(r * 31 + c)));
    const y = [[1, 0, 0, 0], [0, 0, 1, 0], [0, 1, 0, 0]];
    g.session = { fetches: [{ node: cost.id, role: 'loss' }], feeds: { [X.id]: { kind: 'inline', value: x }, [Y.id]: { kind: 'inline', value: y } } };
    const result = await gradcheck(g.doc(), { backend: backend(), seed: 5, maxElements: 12 });
    const W = result.variables.find((v) => v.name === 'hidden/W')!;
    expect([W.size, W.checked]).toEqual([240, 12]);
    for (const v of result.variables) expect([v.name, v.ok]).toEqual([v.name, true]);
  });

  it('fails where the loss has a kink exactly at the variable (ReLU of zeros)', async () => {
    const g = new GraphBuilder();
    const W = g.add('Variable', { shape: [3], initializer: { kind: 'zeros' } }, 'W');
    const loss = g.add('ReduceSum', {}, 'loss', { x: g.add('Relu', {}, 'relu', { x: W }) });
    const result = await gradcheck(g.doc(), { backend: backend(), loss: { node: loss.id, output: 'y' } });
    // TF's ReluGrad is 0 at 0; the symmetric difference sees the average slope 0.5.
    expect(result.variables[0]).toMatchObject({ name: 'W', ok: false, maxRelativeError: expect.closeTo(1, 3), worst: { analytic: 0, numeric: expect.closeTo(0.5, 3) } });
  });

  it('reports a variable without a gradient instead of failing', async () => {
    const g = xorNet();
    const unused = g.add('Variable', { shape: [2] }, 'unused');
    const doc = g.doc();
    const ids = doc.nodes.filter((n) => n.op === 'Variable').map((n) => n.id);
    const result = await gradcheck(doc, { backend: backend(), variables: ids });
    expect(result.variables.find((v) => v.id === unused.id)).toMatchObject({ maxRelativeError: undefined, ok: true });
    expect(result.notes.map((n) => n.nodeId)).toEqual([unused.id]);
  });

  it('says how to mark the loss when the session has none', async () => {
    const g = new GraphBuilder();
    g.add('Variable', { shape: [1] }, 'W');
    await expect(gradcheck(g.doc(), { backend: backend() })).rejects.toThrow(/add a fetch with role "loss"/);
  });
});
