/**
 * The README's worked example ("Same numbers as TensorFlow"): the course's
 * XOR program (seed 777) imported into Flowboard and run in TensorFlow, its
 * cost where the course prints it (after the updates of steps 0, 1,000 and
 * 10,000) and the final accuracy. Prints the table the README quotes.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { importPython } from '../../core/codegen/python/importPython.ts';
import { useBackend } from '../../core/runtime/backend.ts';
import { Trainer } from '../../core/runtime/trainer.ts';
import { runPython } from '../../tools/tf/python.ts';
import type { TfRun } from './tfRuns.ts';

it('the course XOR, seed 777: Flowboard costs within 1% of TensorFlow\'s at steps 0, 1,000 and 10,000, same accuracy', async () => {
  const backend = await useBackend('wasm', 'cpu');
  const source = readFileSync(new URL('../pythonCorpus/lesson06_xor_nn.py', import.meta.url), 'utf8');
  const tf = await runPython<Record<string, { runs: TfRun[] }>>(new URL('./tf1Program.py', import.meta.url).pathname, { programs: [{ name: 'xor', source, mode: 'run' }] });
  // The course prints the cost after step k's update: TF's evaluation run after k + 1 updates.
  const tfCost = (updates: number) => tf.xor.runs.find((r) => !r.training && r.updatesBefore === updates && 'cost' in r.values)?.values.cost;
  const { document } = importPython(source);
  const trainer = await Trainer.create(document, { backend, logEvery: 1 });
  try {
    const result = await trainer.train();
    // Flowboard logs each step's loss before its update, so after k + 1 updates is step k + 1's log, or the final evaluation.
    const ours = (updates: number) => (updates === result.steps ? result.metrics.cost : result.history.find((l) => l.step === updates)?.loss);
    const lines = ['| step | Flowboard cost | TensorFlow cost |', '|---|---|---|'];
    for (const step of [0, 1000, 10000]) {
      const [fb, reference] = [ours(step + 1), tfCost(step + 1)];
      expect(fb, `Flowboard after step ${step}`).toBeDefined();
      expect(reference, `TensorFlow after step ${step}`).toBeDefined();
      expect(Math.abs(fb! - reference!) / reference!, `step ${step}: Flowboard ${fb}, TF ${reference}`).toBeLessThanOrEqual(0.01);
      lines.push(`| ${step} | ${fb!.toPrecision(6)} | ${reference!.toPrecision(6)} |`);
    }
    const tfAccuracy = tf.xor.runs.at(-1)!.values.accuracy;
    expect(result.metrics.accuracy).toBe(tfAccuracy);
    console.log(`${lines.join('\n')}\naccuracy: Flowboard ${result.metrics.accuracy}, TensorFlow ${tfAccuracy}`);
  } finally {
    trainer.dispose();
  }
}, 1_200_000);
