import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../runtime/backend.ts';
import { checkGradient } from '../../test/gradHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

import { Session } from '../runtime/session.ts';
import { GraphBuilder } from '../../test/graphBuilder.ts';
import { differentiate } from './differentiate.ts';

/** Distinct values at least 0.3 apart, so a central difference never changes which one is largest. */
const spaced = (n: number) => Array.from({ length: n }, (_, i) => ((i * 7) % n) * 0.3 - 1);

describe('ReduceMax gradient', () => {
  it('sends dy to the largest element of each row', async () => {
    await checkGradient({ op: 'ReduceMax', attrs: { axis: [1] }, inputs: [{ shape: [2, 3], values: spaced(6) }], reference: (x) => tf.max(x, 1) });
    await checkGradient({ op: 'ReduceMax', attrs: { axis: [0], keepDims: true }, inputs: [{ shape: [3, 2], values: spaced(6) }], reference: (x) => tf.max(x, 0, true) });
  });
  it('handles axis null and a [?,4] batch', async () => {
    await checkGradient({ op: 'ReduceMax', inputs: [{ shape: [2, 4], values: spaced(8) }], reference: (x) => tf.max(x) });
    await checkGradient({ op: 'ReduceMax', attrs: { axis: [-1] }, inputs: [{ shape: [3, 4], staticShape: [null, 4], values: spaced(12) }], reference: (x) => tf.max(x, -1) });
  });
  it('shares dy equally between tied maxima, as TF1 does', async () => {
    const g = new GraphBuilder();
    const x = g.add('Constant', { value: [[1, 3, 3], [2, 0, 2]] }, 'x');
    const w = g.add('Variable', { shape: [2, 3], initializer: { kind: 'zeros' } }, 'w');
    const sum = g.add('Add', {}, 'sum', { x, y: w });
    const max = g.add('ReduceMax', { axis: [1] }, 'max', { x: sum });
    const diff = differentiate(g.doc(), { node: max.id, output: 'y' });
    const s = new Session(diff.doc, { backend: tf.getBackend() });
    expect(await s.runValues([diff.gradients.get(w.id)!])).toEqual([[[0, 0.5, 0.5], [0.5, 0, 0.5]]]);
    s.dispose();
  });
});
