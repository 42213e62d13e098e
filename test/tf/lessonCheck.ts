/**
 * Course programs imported and trained in Flowboard against the same
 * programs run in TensorFlow (tf1Program.py): the same accuracy and each
 * last fetched value (cost, loss, a variable) within 1% relative, taken at
 * the same moment (after the same number of updates).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { importPython } from '../../core/codegen/python/importPython.ts';
import { useBackend } from '../../core/runtime/backend.ts';
import { Trainer } from '../../core/runtime/trainer.ts';
import type { TrainResult } from '../../core/runtime/trainTypes.ts';
import { lastFetches, type TfRun } from './tfRuns.ts';
import { runPython } from '../../tools/tf/python.ts';

const source = (file: string) => readFileSync(new URL(`../pythonCorpus/${file}`, import.meta.url), 'utf8');


/** Trains the imported program; logs every step when TF's last values were taken before the end. */
async function trainImported(backend: string, file: string, everyStep: boolean): Promise<TrainResult> {
  const { document } = importPython(source(file), { title: file });
  const trainer = await Trainer.create(document, { backend, ...(everyStep ? { logEvery: 1 } : {}) });
  try {
    return await trainer.train();
  } finally {
    trainer.dispose();
  }
}

/**
 * Flowboard's value of `name` at TF's moment: a training run's fetch is step
 * k's log (taken before its update), a later run's is the log of the step
 * after, or the final evaluation; a variable only at the end.
 */
function flowboardAt(result: TrainResult, name: string, at: { training: boolean; updatesBefore: number }, variable: string | undefined): number | undefined {
  const final = !at.training && at.updatesBefore === result.steps;
  if (variable !== undefined) return final ? (result.variables[variable] ?? result.variables[name])?.values[0] : undefined;
  if (final) return result.metrics[name];
  return result.history.find((l) => l.step === at.updatesBefore)?.values[name];
}

/** One test per corpus program: trained in Flowboard, it ends where TensorFlow ends. */
export function describeLessons(lessons: readonly string[]): void {
  let tfRuns: Record<string, { runs: TfRun[]; variables: Record<string, string> }>;
  let backend: string;
  beforeAll(async () => {
    backend = await useBackend('wasm', 'cpu');
    tfRuns = await runPython(new URL('./tf1Program.py', import.meta.url).pathname, { programs: lessons.map((name) => ({ name, source: source(name), mode: 'run' })) });
  }, 600_000);

  describe.each(lessons)('%s', (file) => {
    it('ends where TensorFlow ends: same accuracy, last cost within 1%', async () => {
      const runs = tfRuns[file].runs;
      const updates = runs.filter((r) => r.training).length;
      const last = [...lastFetches(runs)];
      const result = await trainImported(backend, file, last.some(([, at]) => at.training || at.updatesBefore < updates));
      expect(result.steps).toBe(updates);
      let compared = 0;
      for (const [name, at] of last) {
        const variable = tfRuns[file].variables[name];
        // Flowboard logs its loss and metrics at every step asked for, variables only at the end; a run on other data (a prediction) it does not have.
        if (variable === undefined && !(name in result.metrics)) continue;
        const ours = flowboardAt(result, name, at, variable);
        if (ours === undefined && variable !== undefined) continue;
        expect(ours, `Flowboard has no ${name} after ${at.updatesBefore} updates`).toBeDefined();
        if (name.includes('accuracy')) expect(ours, name).toBe(at.value);
        else expect(Math.abs(ours! - at.value) / Math.abs(at.value), `${name}: Flowboard ${ours}, TF ${at.value}`).toBeLessThanOrEqual(0.01);
        compared++;
      }
      expect(compared).toBeGreaterThan(0);
    }, 300_000);
  });
}
