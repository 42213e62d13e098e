/**
 * The refereed course table: for each MNIST lesson, TensorFlow's and
 * Flowboard's test accuracy over seeds side by side (mean, min, max, runs),
 * and the verdict of issue 13: a Flowboard sample meets the course when its
 * mean over seeds lies within TensorFlow's own range for the same model, or
 * above the course's number.
 */
import type { CourseRun } from './lib/courseLedger.ts';

export interface LessonRuns {
  sample: string;
  lesson: number;
  courseAccuracy: number;
  tensorflow: CourseRun[];
  flowboard: CourseRun[];
}

export interface Spread {
  mean: number;
  min: number;
  max: number;
  runs: number;
}

/** Mean, min and max of the accuracies; undefined for no runs. */
export function spread(runs: readonly CourseRun[]): Spread | undefined {
  if (runs.length === 0) return undefined;
  const xs = runs.map((r) => r.accuracy);
  return { mean: xs.reduce((a, b) => a + b, 0) / xs.length, min: Math.min(...xs), max: Math.max(...xs), runs: xs.length };
}

/** The verdict for one lesson, in words. */
export function verdict(l: LessonRuns): string {
  const tf = spread(l.tensorflow);
  const fb = spread(l.flowboard);
  if (!fb) return 'no Flowboard runs';
  if (fb.mean >= l.courseAccuracy) return 'yes: mean above the course';
  if (!tf) return 'no TensorFlow runs yet';
  if (tf.runs < 2) return 'one TensorFlow run: no range yet';
  if (fb.mean >= tf.min && fb.mean <= tf.max) return "yes: mean within TensorFlow's range";
  return fb.mean > tf.max ? "yes: mean above TensorFlow's range" : "NO: mean below TensorFlow's range";
}

const f4 = (x: number | undefined) => (x === undefined ? '' : x.toFixed(4));

/** One Markdown row per lesson: course, TensorFlow mean/min/max/runs, Flowboard mean/min/max/runs, verdict. */
export function summaryTable(lessons: readonly LessonRuns[]): string {
  const head = '| lesson | sample | course | TensorFlow mean | min | max | runs | Flowboard mean | min | max | runs | meets course |\n|---|---|---|---|---|---|---|---|---|---|---|---|';
  const rows = lessons.map((l) => {
    const tf = spread(l.tensorflow);
    const fb = spread(l.flowboard);
    return `| ${l.lesson} | ${l.sample} | ${l.courseAccuracy.toFixed(4)} | ${f4(tf?.mean)} | ${f4(tf?.min)} | ${f4(tf?.max)} | ${tf?.runs ?? 0} | ${f4(fb?.mean)} | ${f4(fb?.min)} | ${f4(fb?.max)} | ${fb?.runs ?? 0} | ${verdict(l)} |`;
  });
  return [head, ...rows].join('\n');
}

/** Per lesson, one row per seed with each framework's accuracy (blank where one has no run). */
export function seedTables(lessons: readonly LessonRuns[]): string {
  return lessons
    .map((l) => {
      const tf = new Map(l.tensorflow.map((r) => [r.seed, r]));
      const fb = new Map(l.flowboard.map((r) => [r.seed, r]));
      const seeds = [...new Set([...tf.keys(), ...fb.keys()])].sort((a, b) => a - b);
      const rate = (r: CourseRun | undefined) => (r?.rate === undefined ? '' : String(Math.round(r.rate)));
      const rows = seeds.map((s) => `| ${s} | ${f4(tf.get(s)?.accuracy)} | ${rate(tf.get(s))} | ${f4(fb.get(s)?.accuracy)} |`);
      return [`### ${l.sample} (lesson ${l.lesson}, course ${l.courseAccuracy.toFixed(4)})`, '', '| seed | TensorFlow | TF examples/s | Flowboard |', '|---|---|---|---|', ...rows].join('\n');
    })
    .join('\n\n');
}
