import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Breakpoint } from '../graph/debug.ts';
import type { GraphDocument } from '../graph/document.ts';
import { checkBreakpoints, type Measured, probesOf } from './breakpoints.ts';
import { measureTensors } from './measure.ts';
import { Trainer } from './trainer.ts';

const sample = (name: string) => JSON.parse(readFileSync(new URL(`../../samples/${name}.flow.json`, import.meta.url), 'utf8')) as GraphDocument;
const STEPS = 40;

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** layer1/W's gradient norm before each of the first `steps` steps, read on its own pass, in float64. */
async function oracleNorms(doc: GraphDocument, steps: number): Promise<number[]> {
  const trainer = await Trainer.create(doc, { backend: 'cpu', steps });
  const grad = trainer.graph.gradients.get('n03')!;
  const norms: number[] = [];
  try {
    for (let step = 0; step < steps; step++) {
      const { feeds, dispose } = trainer.feedsAt(step);
      const [g] = trainer.session.run([grad], feeds);
      dispose();
      const values = await g.data();
      g.dispose();
      norms.push(Math.sqrt(Array.from(values).reduce((s, v) => s + v * v, 0)));
      await trainer.train({ steps: 1 });
    }
  } finally {
    trainer.dispose();
  }
  return norms;
}

describe('a gradient-norm breakpoint while training', () => {
  it('stops vanishing-gradient-sigmoid at the first step where the gradient norm of layer1/W falls below 1e-6, and Resume goes on from there', async () => {
    const doc = sample('vanishing-gradient-sigmoid');
    const norms = await oracleNorms(doc, STEPS);
    const expected = norms.findIndex((n) => n < 1e-6);
    // The lesson's numbers: about 2e-6 at step 0, below 1e-6 a few steps in.
    expect(expected).toBeGreaterThan(0);

    const breakpoints: Breakpoint[] = [{ id: 'v', node: 'n03', condition: { kind: 'norm', of: 'gradient', when: 'below', threshold: 1e-6 } }];
    const trainer = await Trainer.create(doc, { backend: 'cpu', steps: STEPS });
    const refs = probesOf(breakpoints).map((p) => trainer.graph.gradients.get(p.node)!);
    let held = new Set<string>();
    const hits: { step: number; message: string }[] = [];
    const probe = {
      refsAt: () => refs,
      async onValues(step: number, tensors: readonly tf.Tensor[]) {
        const [measured] = await measureTensors(tensors);
        const r = checkBreakpoints(breakpoints, (): Measured => measured, step, held, () => 'layer1/W');
        held = r.held;
        hits.push(...r.hits);
        return r.hits.length > 0;
      },
    };
    try {
      const first = await trainer.train({ probe });
      expect(first.stopped).toBe('aborted');
      expect(hits.map((h) => h.step)).toEqual([expected]);
      expect(hits[0].message).toMatch(new RegExp(`^breakpoint: the norm of the gradient of "layer1/W" fell below 1e-6 \\(9\\.\\d+e-7\\) at step ${expected}$`));
      // Paused after the step that fired it, with the session kept: the counter is one on.
      expect(trainer.step).toBe(expected + 1);
      // Resume: the condition keeps holding, so it does not stop again, and training runs to the end.
      const rest = await trainer.train({ probe });
      expect(rest.stopped).toBe('finished');
      expect(trainer.step).toBe(STEPS);
      expect(hits).toHaveLength(1);
    } finally {
      trainer.dispose();
    }
  });

  it('measures a tiny norm without float32 underflow, and counts non-finite elements', async () => {
    const [tiny, bad, empty] = await measureTensors([tf.tensor1d([3e-25, -4e-25]), tf.tensor1d([1, NaN, Infinity]), tf.tensor1d([])]);
    expect(tiny.norm).toBeCloseTo(5e-25, 30);
    expect(tiny).toMatchObject({ size: 2, nonFinite: 0 });
    expect(tiny.first).toBeCloseTo(3e-25, 30);
    expect(bad.nonFinite).toBe(2);
    expect(Number.isFinite(bad.norm)).toBe(false);
    expect(empty).toMatchObject({ size: 0, nonFinite: 0, norm: 0 });
  });
});
