import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../graph/analyze.ts';
import { useBackend } from '../runtime/backend.ts';
import { Session } from '../runtime/session.ts';
import { GraphBuilder } from '../../test/graphBuilder.ts';
import { differentiate } from './differentiate.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

describe('StopGradient in the backward pass', () => {
  it('lets the gradient through the other path only: d sum(x * stop(x)) / dx = x, not 2x', async () => {
    const g = new GraphBuilder();
    const x = g.add('Placeholder', { shape: [3] }, 'x');
    const held = g.add('StopGradient', {}, 'held', { x });
    const prod = g.add('Mul', {}, 'prod', { x, y: held });
    const loss = g.add('ReduceSum', {}, 'loss', { x: prod });
    const diff = differentiate(g.doc(), { node: loss.id, output: 'y' }, [x.id]);
    expect(diff.notes.map((n) => n.message).join('\n')).toContain('by design');
    const session = new Session(analyze(diff.doc), { backend: tf.getBackend() });
    try {
      const [dx] = await session.runValues([diff.gradients.get(x.id)!], { x: [1, -2, 3] });
      expect(dx).toEqual([1, -2, 3]);
    } finally {
      session.dispose();
    }
  });
});
