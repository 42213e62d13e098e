/**
 * What the confusion matrix costs training: scoring MNIST's 10,000 test
 * digits (the worker's MnistPoke, in chunks of 250) against one training
 * step at the lessons' batch of 100, for mnist-softmax and mnist-cnn on WASM,
 * in one process. The worker scores at a log step only when four times the
 * last scoring's time has passed, so the ratio says how often that can be.
 */
import { readFileSync } from 'node:fs';
import { nodeDatasets } from '../cli/datasets.ts';
import type { GraphDocument } from '../core/graph/document.ts';
import { useBackend } from '../core/runtime/backend.ts';
import { Trainer } from '../core/runtime/trainer.ts';
import { MnistPoke } from '../renderer/worker/mnistPoke.ts';
import { defineBench, type BenchRow } from './lib/bench.ts';
import { median, type Timing } from './lib/timing.ts';

const ROUNDS = Number(process.env.POKE_ROUNDS ?? 3);
const STEPS = 20;

const timing = (times: number[]): Timing => ({ median: median(times), min: Math.min(...times), max: Math.max(...times), runs: times.length });

export default defineBench({
  name: 'poke scoring',
  async run() {
    const backend = await useBackend('wasm');
    const datasets = nodeDatasets();
    const rows: BenchRow[] = [];
    for (const sample of ['mnist-softmax', 'mnist-cnn']) {
      const doc = JSON.parse(readFileSync(new URL(`../samples/${sample}.flow.json`, import.meta.url), 'utf8')) as GraphDocument;
      const trainer = await Trainer.create(doc, { backend, datasets, steps: 100_000 });
      const poke = (await MnistPoke.create(doc, trainer.session.analysis, { datasets }))!;
      const steps: number[] = [];
      const scorings: number[] = [];
      try {
        await trainer.train({ steps: 5 });
        for (let round = 0; round < ROUNDS; round++) {
          let start = performance.now();
          await trainer.train({ steps: STEPS });
          steps.push((performance.now() - start) / STEPS);
          start = performance.now();
          await poke.confusion(trainer.session, trainer.step);
          scorings.push(performance.now() - start);
        }
      } finally {
        poke.dispose();
        trainer.dispose();
      }
      const step = timing(steps);
      rows.push({ name: `${sample} training step (batch 100)`, timing: step });
      rows.push({ name: `${sample} confusion matrix of 10,000 test digits`, timing: timing(scorings), note: `${(median(scorings) / step.median).toFixed(0)}x a training step` });
    }
    return rows;
  },
});
