/**
 * `npm run bench:course [-- --samples a,b --epochs N --split S --subset N --seed S[,S...] | --seeds N --backend wasm|cpu --out FILE]`:
 * trains each MNIST sample of the course (lessons 10-16) with its own
 * settings (or the overrides), prints the table of course accuracy against
 * Flowboard's test accuracy with the speed, and writes it to
 * bench/results/course-<date>.md after every sample, so a long run that is
 * stopped keeps what it measured.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { nodeDatasets } from '../cli/datasets.ts';
import { isMnistSplit, MNIST_SPLIT_NAMES, type MnistSplit } from '../core/data/mnist.ts';
import { type BackendName, useBackend } from '../core/runtime/backend.ts';
import { sweepSeeds } from '../core/sweep/sweep.ts';
import { courseReport, type CourseRow, courseTable, seedSummaries } from './courseReport.ts';
import { runCourseSample } from './courseRun.ts';
import { COURSE_SAMPLES } from './courseSamples.ts';

const { values } = parseArgs({
  options: { samples: { type: 'string' }, epochs: { type: 'string' }, split: { type: 'string' }, subset: { type: 'string' }, seed: { type: 'string' }, seeds: { type: 'string' }, backend: { type: 'string' }, out: { type: 'string' } },
});
const count = (flag: string, v: string | undefined) => {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new Error(`--${flag} must be a whole number of at least 1, got "${v}"`);
  return Number(v);
};
const wanted = values.samples?.split(',').map((s) => s.trim()) ?? COURSE_SAMPLES.map((s) => s.name);
const unknown = wanted.filter((w) => !COURSE_SAMPLES.some((s) => s.name === w));
if (unknown.length > 0) throw new Error(`no course sample ${unknown.join(', ')}; they are: ${COURSE_SAMPLES.map((s) => s.name).join(', ')}`);
const epochs = count('epochs', values.epochs);
const subset = count('subset', values.subset);
if (values.split !== undefined && !isMnistSplit(values.split)) throw new Error(`--split must be one of ${MNIST_SPLIT_NAMES.join(', ')}, got "${values.split}"`);
const split = values.split as MnistSplit | undefined;
if (values.seed !== undefined && !/^-?\d+(,-?\d+)*$/.test(values.seed)) throw new Error(`--seed must be a whole number or a list of them (1,2,3), got "${values.seed}"`);
if (values.seed !== undefined && values.seeds !== undefined) throw new Error('give --seed S,S,... or --seeds N, not both');
const seedCount = count('seeds', values.seeds);
// Each sample trains once per seed given, seeds 1 to N as a sweep's `--seeds N` (sweepSeeds), or once with its own.
const seeds: (number | undefined)[] = seedCount !== undefined ? sweepSeeds({ axes: [], seeds: seedCount }) : values.seed === undefined ? [undefined] : values.seed.split(',').map(Number);
const backend = await useBackend((values.backend ?? 'wasm') as BackendName, 'cpu');
const date = new Date();
const out = values.out ?? new URL(`results/course-${date.toISOString().slice(0, 10)}.md`, import.meta.url).pathname;
const command = `npm run bench:course${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;

const datasets = nodeDatasets();
const rows: CourseRow[] = COURSE_SAMPLES.filter((s) => wanted.includes(s.name)).flatMap((sample) => seeds.map((seed) => ({ sample, backend, ...(seed === undefined ? {} : { seed }) })));
const notes: string[] = [];
mkdirSync(dirname(out), { recursive: true });

for (const row of rows) {
  const started = performance.now();
  let last = started;
  console.error(`${row.sample.name}${row.seed === undefined ? '' : ` (seed ${row.seed})`}: training on ${backend} ...`);
  try {
    row.result = await runCourseSample(row.sample.name, {
      backend,
      datasets,
      ...(split === undefined ? {} : { split }),
      ...(subset === undefined ? {} : { subset }),
      epochs,
      seed: row.seed,
      onLog: (log) => {
        const now = performance.now();
        // Logs come at the first step of each epoch and at the last step; the time is since the previous log.
        console.error(`  step ${log.step} (epoch ${log.epoch + 1}): batch loss ${log.loss.toFixed(4)}, batch accuracy ${Object.values(log.values).at(-1)?.toFixed(3) ?? '-'}, ${((now - last) / 1000).toFixed(1)} s since the last log`);
        last = now;
      },
    });
    console.error(`  test accuracy ${row.result.accuracy.toFixed(4)} (course ${row.sample.courseAccuracy}) in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } catch (e) {
    row.error = (e as Error).message.split('\n')[0];
    console.error(`  failed: ${(e as Error).message}`);
  }
  writeFileSync(out, courseReport(rows, { date, command, notes }));
}
console.log(courseTable(rows));
for (const line of seedSummaries(rows)) console.log(line);
console.error(`written to ${out}`);
