/**
 * The optimizer lesson's claims, from its own saved sweep: Momentum reaches
 * accuracy 1 on every seed where GradientDescent reaches it on none, and
 * Adadelta at learning rate 0.1 hardly moves. (The other optimizers' numbers
 * the lesson quotes come from `flowboard sweep samples/optimizers.flow.json`.)
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDocumentText } from '../core/graph/load.ts';
import { useBackend } from '../core/runtime/backend.ts';
import { expandSweep } from '../core/sweep/expand.ts';
import { resultsTable } from '../core/sweep/resultsTable.ts';
import { runSweep } from '../core/sweep/runSweep.ts';

let backend: string;
beforeAll(async () => {
  backend = await useBackend('wasm', 'cpu');
});

const doc = loadDocumentText(readFileSync(new URL('../samples/optimizers.flow.json', import.meta.url), 'utf8')).document!;

describe('samples/optimizers', () => {
  it('opens with a sweep over the six optimizers, three seeds each', () => {
    const r = expandSweep(doc, doc.session!.sweep!);
    expect(r.ok && r.runs.length).toBe(18);
  });

  it('Momentum learns XOR on every seed, GradientDescent on none, Adadelta barely moves', async () => {
    const sweep = { axes: [{ target: 'train.optimizer', values: ['GradientDescent', 'Momentum', 'Adadelta'] }], seeds: 3 };
    const r = expandSweep(doc, sweep);
    if (!r.ok) throw new Error(r.message);
    const [gd, momentum, adadelta] = resultsTable(await runSweep(r.runs, { backend })).rows;
    expect(gd.metrics.accuracy.max).toBeLessThan(1);
    expect(momentum.metrics.accuracy.min).toBe(1);
    expect(momentum.metrics.cost.max).toBeLessThan(0.01);
    expect(adadelta.metrics.cost.mean).toBeGreaterThan(0.6);
  }, 120_000);
});
