/**
 * The course runs kept as data: one JSON file per framework in bench/results
 * (`flowboard-course-runs.json`, `tensorflow-course-runs.json`), each run a
 * lesson, a seed and its test accuracy after the lesson's full 15 epochs on
 * train-55k. `npm run bench:tf-course` adds the runs it makes and reads both
 * to put them side by side.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export interface CourseRun {
  /** The lesson: a sample's name, or `mnist-softmax-n01` (mnist-softmax from the course's N(0, 1) start). */
  sample: string;
  seed: number;
  accuracy: number;
  split: 'train-55k';
  epochs: number;
  /** Where the number comes from: a bench/results file, or the date and command that measured it. */
  source: string;
  /** Training examples per second, when measured. */
  rate?: number;
}

export interface Ledger {
  about: string;
  runs: CourseRun[];
}

export type Framework = 'flowboard' | 'tensorflow';

/** The ledger's file in bench/results. */
export function ledgerPath(framework: Framework): string {
  return new URL(`../results/${framework}-course-runs.json`, import.meta.url).pathname;
}

const ABOUT: Record<Framework, string> = {
  flowboard: "Flowboard's 15-epoch runs of the course samples on train-55k, accuracy on the 10,000 test images.",
  tensorflow: 'TensorFlow 2.21 (compat.v1, CPU) running bench/tf/course_lessons.py: 15 epochs on train-55k, accuracy on the 10,000 test images.',
};

/** The ledger, or an empty one when its file does not exist yet. */
export function readLedger(framework: Framework, path = ledgerPath(framework)): Ledger {
  if (!existsSync(path)) return { about: ABOUT[framework], runs: [] };
  return JSON.parse(readFileSync(path, 'utf8')) as Ledger;
}

/** Adds a run, replacing an earlier one of the same lesson and seed, and writes the file (one run a line). */
export function recordRun(framework: Framework, run: CourseRun, path = ledgerPath(framework)): Ledger {
  const ledger = readLedger(framework, path);
  ledger.runs = [...ledger.runs.filter((r) => r.sample !== run.sample || r.seed !== run.seed), run];
  writeFileSync(path, formatLedger(ledger));
  return ledger;
}

/** Stable, diff-friendly JSON: the runs sorted by lesson and seed, one a line. */
export function formatLedger(ledger: Ledger): string {
  const runs = [...ledger.runs].sort((a, b) => a.sample.localeCompare(b.sample) || a.seed - b.seed);
  return `{\n  "about": ${JSON.stringify(ledger.about)},\n  "runs": [\n${runs.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]\n}\n`;
}

/** The runs of one lesson, by seed. */
export function runsOf(ledger: Ledger, sample: string): Map<number, CourseRun> {
  return new Map(ledger.runs.filter((r) => r.sample === sample).map((r) => [r.seed, r]));
}
