/**
 * The course table as text for a terminal and as Markdown for
 * bench/results/, with the machine it was measured on.
 */
import { summarize } from '../core/sweep/stats.ts';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { MNIST_SPLITS } from '../core/data/mnist.ts';
import type { CourseRunResult } from './courseRun.ts';
import type { CourseSample } from './courseSamples.ts';

export interface CourseRow {
  sample: CourseSample;
  /** The seed given on the command line; the sample's own when absent. */
  seed?: number;
  backend: string;
  result?: CourseRunResult;
  /** Why the sample did not finish. */
  error?: string;
}

const HEADER = ['sample', 'seed', 'course accuracy', 'Flowboard test accuracy', 'epochs', 's/epoch', 'examples/s', 'backend', 'meets course'];

/** One row of cells per sample. */
function cells(rows: readonly CourseRow[]): string[][] {
  return rows.map(({ sample, seed, backend, result, error }) => {
    const seedText = String(result?.seed ?? seed ?? 'own');
    if (!result) return [sample.name, seedText, sample.courseAccuracy.toFixed(4), error === undefined ? 'not run yet' : `failed: ${error}`, '', '', '', backend, error === undefined ? '' : 'no'];
    return [
      sample.name,
      seedText,
      sample.courseAccuracy.toFixed(4),
      result.accuracy.toFixed(4),
      String(result.epochs),
      (result.trainSeconds / result.epochs).toFixed(1),
      String(Math.round(result.rate)),
      backend,
      result.accuracy >= sample.courseAccuracy ? 'yes' : 'NO',
    ];
  });
}

/** Aligned plain text. */
export function courseTable(rows: readonly CourseRow[]): string {
  const body = cells(rows);
  const widths = HEADER.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(HEADER), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/** A Markdown table. */
export function courseMarkdownTable(rows: readonly CourseRow[]): string {
  return [`| ${HEADER.join(' | ')} |`, `|${HEADER.map(() => '---').join('|')}|`, ...cells(rows).map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** CPU model (from /proc/cpuinfo where there is one), cores and Node version. */
export function machine(): string {
  let model = cpus()[0]?.model ?? 'unknown CPU';
  try {
    model = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? model;
  } catch {
    // Not Linux: os.cpus() named it.
  }
  return `${model}, ${cpus().length} cores, Node ${process.version}`;
}

/** Which training images the samples used, in words: `train-55k (training images 5,001 to 60,000: ...)`. */
export function trainingData(rows: readonly CourseRow[]): string {
  const used = new Set(
    rows.flatMap(({ result: r }) => {
      if (!r) return [];
      const { count, about } = MNIST_SPLITS[r.split];
      return [r.trainingExamples < count ? `the first ${r.trainingExamples} images of ${r.split} (${about})` : `${r.split} (${about})`];
    }),
  );
  return used.size === 0 ? 'no sample has finished' : [...used].join('; ');
}

/**
 * Per sample trained with more than one seed, with the sweep's statistics (as `flowboard sweep --seeds` prints them):
 * `mnist-cnn over 4 seeds: mean 0.9880 ± 0.0003 (std), 0.9876 to 0.9884; 2 reach the course's 0.9885`.
 */
export function seedSummaries(rows: readonly CourseRow[]): string[] {
  const bySample = new Map<CourseSample, number[]>();
  for (const { sample, result } of rows) if (result) bySample.set(sample, [...(bySample.get(sample) ?? []), result.accuracy]);
  return [...bySample].flatMap(([sample, accuracies]) => {
    if (accuracies.length < 2) return [];
    const { mean, std, min, max, n } = summarize(accuracies);
    const reach = accuracies.filter((a) => a >= sample.courseAccuracy).length;
    return [`- ${sample.name} over ${n} seeds: mean ${mean.toFixed(4)} ± ${std.toFixed(4)} (std), ${min.toFixed(4)} to ${max.toFixed(4)}; ${reach} of ${n} reach the course's ${sample.courseAccuracy.toFixed(4)}`];
  });
}

/** The whole results file. */
export function courseReport(rows: readonly CourseRow[], run: { date: Date; command: string; notes: string[] }): string {
  const detail = rows
    .filter((r) => r.result)
    .map(({ sample, result: r }) => `- ${sample.name} (seed ${r!.seed}): ${r!.trainSeconds.toFixed(0)} s training, ${r!.loadSeconds.toFixed(1)} s loading, ${r!.evalSeconds.toFixed(1)} s evaluating on the 10,000 test images; last training loss ${r!.finalLoss?.toPrecision(4) ?? '-'}`);
  return [
    `# Course table, ${run.date.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Machine: ${machine()}.`,
    `Command: \`${run.command}\`.`,
    `Training data: ${trainingData(rows)}. Accuracy on all 10,000 test images.`,
    's/epoch and examples/s count training steps only (not loading or evaluation). The machine is shared with other work, so times vary between runs.',
    '',
    courseMarkdownTable(rows),
    '',
    ...(seedSummaries(rows).length > 0 ? [...seedSummaries(rows), ''] : []),
    ...detail,
    ...(run.notes.length > 0 ? ['', ...run.notes] : []),
    '',
  ].join('\n');
}
