/**
 * What `flowboard sweep --jobs N` gains: xor-nn over GradientDescent and Adam
 * with 2 seeds each (4 runs of 20,000 steps, on wasm), trained one after
 * another in this process (`--jobs 1`) and on 2 and 4 worker threads, in
 * rotating order in one process; the ratios are against one after another.
 * Each worker starts its own TypeScript loader and backend (about a second),
 * which the times include, as a user's sweep pays it. The results must be the
 * same whatever the count: a row says so, or the bench throws.
 */
import { cpus } from 'node:os';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runSweepInWorkers } from '../cli/sweepPool.ts';
import { nodeDatasets } from '../cli/datasets.ts';
import type { GraphDocument } from '../core/graph/document.ts';
import { useBackend } from '../core/runtime/backend.ts';
import { expandSweep } from '../core/sweep/expand.ts';
import { runSweep, type SweepRunResult } from '../core/sweep/runSweep.ts';
import { defineBench } from './lib/bench.ts';
import { median, type Timing } from './lib/timing.ts';

const ROUNDS = Number(process.env.SWEEP_ROUNDS ?? 2);
const STEPS = 20_000;
const SAMPLE = new URL('../samples/xor-nn.flow.json', import.meta.url);

export default defineBench({
  name: 'sweepJobs',
  async run() {
    const backend = await useBackend('wasm');
    const doc = JSON.parse(readFileSync(SAMPLE, 'utf8')) as GraphDocument;
    const expanded = expandSweep(doc, { axes: [{ target: 'optimizer', values: ['GradientDescent', 'Adam'] }], seeds: 2 });
    if (!expanded.ok) throw new Error(expanded.message);
    const runs = expanded.runs;
    const variants: Record<string, () => Promise<SweepRunResult[]>> = {
      jobs1: () => runSweep(runs, { backend, datasets: nodeDatasets(), steps: STEPS }),
      jobs2: () => runSweepInWorkers(runs, { jobs: 2, dir: resolve('samples'), backend, steps: STEPS }),
      jobs4: () => runSweepInWorkers(runs, { jobs: 4, dir: resolve('samples'), backend, steps: STEPS }),
    };
    const names = Object.keys(variants);
    const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
    const results: Record<string, string> = {};
    for (let round = 0; round < ROUNDS; round++)
      for (let i = 0; i < names.length; i++) {
        const name = names[(round + i) % names.length];
        const start = performance.now();
        results[name] = JSON.stringify(await variants[name]());
        times[name].push(performance.now() - start);
      }
    const differing = names.filter((n) => results[n] !== results.jobs1);
    if (differing.length > 0) throw new Error(`sweepJobs: ${differing.join(', ')} gave other results than one after another`);
    const timing = (name: string): Timing => ({ median: median(times[name]), min: Math.min(...times[name]), max: Math.max(...times[name]), runs: times[name].length });
    const base = timing('jobs1').median;
    const row = (name: string, label: string) => ({ name: label, timing: timing(name), note: `${(base / timing(name).median).toFixed(2)}x as fast as one after another; ${cpus().length} cores; same results` });
    return [row('jobs1', `xor-nn sweep, ${runs.length} runs of ${STEPS} steps, one after another`), row('jobs2', 'on 2 worker threads (--jobs 2)'), row('jobs4', 'on 4 worker threads (--jobs 4)')];
  },
});
