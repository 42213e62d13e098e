/**
 * `node bin/run-ts.js bench/seedSweep.ts SAMPLE... [--seeds 1-10,777] [--backend wasm|cpu]`:
 * trains full-batch samples (the lessons' XOR networks) once per graph seed
 * with their own settings, and prints one Markdown row per run (final cost,
 * accuracy, or the step and node where training stopped on a value that is not
 * finite) with a count per sample. What a lesson says about "some seeds" is
 * what this prints.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadDocumentText } from '../core/graph/load.ts';
import { type BackendName, useBackend } from '../core/runtime/backend.ts';
import { TrainingError } from '../core/runtime/nonFinite.ts';
import { Trainer } from '../core/runtime/trainer.ts';
import { samplePath } from './courseSamples.ts';

/** One training run's ending: its metrics, or where it stopped. */
interface SweepRow {
  sample: string;
  seed: number;
  cost?: number;
  accuracy?: number;
  /** Set when training stopped on NaN or Infinity. */
  stopped?: string;
}

/** Seeds from "1-10,777". */
function parseSeeds(text: string): number[] {
  if (!/^\d+(-\d+)?(,\d+(-\d+)?)*$/.test(text)) throw new Error(`--seeds must be seeds or ranges, e.g. 1-10,777; got "${text}"`);
  return text.split(',').flatMap((part) => {
    const [from, to = from] = part.split('-').map(Number);
    return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  });
}

/** Trains `sample` from samples/ with graph seed `seed` to the end of its session's steps. */
async function sweepOne(sample: string, seed: number, backend: string): Promise<SweepRow> {
  const { document, diagnostics } = loadDocumentText(await readFile(samplePath(sample), 'utf8'));
  if (!document?.session) throw new Error(`${sample} does not load: ${diagnostics.map((d) => d.message).join('; ')}`);
  const trainer = await Trainer.create(document, { backend, seed });
  try {
    const result = await trainer.train();
    const label = (role: string) => trainer.logged.find((f) => f.role === role)?.label;
    const metric = (role: string) => result.metrics[label(role) ?? ''];
    return { sample, seed, cost: metric('loss') ?? result.history.at(-1)?.loss, accuracy: metric('accuracy') };
  } catch (e) {
    if (!(e instanceof TrainingError)) throw e;
    return { sample, seed, stopped: `step ${e.step}: ${e.message.split(',')[0]}` };
  } finally {
    trainer.dispose();
  }
}

const row = (r: SweepRow) =>
  `| ${r.sample} | ${r.seed} | ${r.cost === undefined ? '' : r.cost.toPrecision(4)} | ${r.accuracy ?? ''} | ${r.stopped ?? ''} |`;

/** How many runs of a sample reached accuracy 1, got stuck, or stopped. */
function summary(rows: SweepRow[]): string {
  const seeds = (pick: (r: SweepRow) => boolean) => rows.filter(pick).map((r) => r.seed).join(', ') || 'none';
  return `${rows[0].sample}: accuracy 1 for ${rows.filter((r) => r.accuracy === 1).length} of ${rows.length} seeds; `
    + `below 1: ${seeds((r) => r.accuracy !== undefined && r.accuracy < 1)}; stopped on a non-finite value: ${seeds((r) => r.stopped !== undefined)}`;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { seeds: { type: 'string' }, backend: { type: 'string' } } });
  if (positionals.length === 0) throw new Error('name one or more samples, e.g. xor-nn');
  const seeds = parseSeeds(values.seeds ?? '1-10');
  const backend = await useBackend((values.backend ?? 'wasm') as BackendName, 'cpu');
  console.log(`node bin/run-ts.js bench/seedSweep.ts ${process.argv.slice(2).join(' ')} (backend ${backend}, ${new Date().toISOString().slice(0, 10)})\n`);
  console.log('| sample | seed | final cost | accuracy | stopped |\n|---|---|---|---|---|');
  const summaries: string[] = [];
  for (const sample of positionals) {
    const rows: SweepRow[] = [];
    for (const seed of seeds) {
      rows.push(await sweepOne(sample, seed, backend));
      console.log(row(rows.at(-1)!));
    }
    summaries.push(summary(rows));
  }
  console.log(`\n${summaries.join('\n')}`);
}

await main();
