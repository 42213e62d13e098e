/**
 * Exported code runs in real TensorFlow and reaches Flowboard's result.
 * Every sample is written by `flowboard export --to python` and run under
 * TensorFlow 2.21's compat.v1 (exports_referee.py, one process for all),
 * and trained by Flowboard as `flowboard train` does. TensorFlow starts from
 * Flowboard's initial values and walks its mini-batch order (the seeds give
 * different draws until issue 14), so the two runs are the same computation:
 * the final loss must agree within 5% and the accuracy exactly (the MNIST
 * lessons: one epoch on the first 2,000 images, evaluated on the first 2,000
 * test images). Dropout draws its masks independently on each side, so the
 * dropout lessons run twice: as they are, within looser bounds (loss 15%,
 * accuracy 0.1), and with keep_prob fed 1.0 in training, to the same bounds
 * as the rest (ops.tf.test.ts checks Dropout itself, given its mask).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bufferIO } from '../../cli/io.ts';
import { exportCommand } from '../../cli/commands/export.ts';
import { nodeDatasets } from '../../cli/datasets.ts';
import type { GraphDocument, NestedNumbers } from '../../core/graph/document.ts';
import { loadDocumentText } from '../../core/graph/load.ts';
import { useBackend } from '../../core/runtime/backend.ts';
import { runPython } from '../../tools/tf/python.ts';
import { type TempDir, tempDir } from '../tempFiles.ts';
import { writeMnistSubset } from './mnistSubset.ts';
import { type FlowboardRun, runSample, withoutDropout } from './sampleRun.ts';

const SAMPLES = new URL('../../samples/', import.meta.url);
// EXPORT_SAMPLES=a,b runs only those (while working on one); CI runs them all.
const only = process.env.EXPORT_SAMPLES?.split(',');
const names = readdirSync(SAMPLES).filter((f) => f.endsWith('.flow.json')).map((f) => f.replace('.flow.json', '')).filter((n) => !only || only.includes(n)).sort();
const TRAIN = 2000;
const TEST = 2000;

interface TfRun {
  prints: unknown[][];
  variables: Record<string, number[]>;
  error?: string;
}

/** One comparison: a sample, or a dropout sample with keep_prob 1 in training. */
interface Run {
  label: string;
  doc: GraphDocument;
  /** Dropout active: each side draws its own masks. */
  masks: boolean;
}

let tmp: TempDir;
const flowboard = new Map<string, FlowboardRun>();
const tensorflow = new Map<string, TfRun>();

const load = (name: string): GraphDocument => loadDocumentText(readFileSync(new URL(`${name}.flow.json`, SAMPLES), 'utf8')).document!;
const isMnist = (doc: GraphDocument) => Object.values(doc.session?.feeds ?? {}).some((b) => b.kind === 'dataset');
const hasDropout = (doc: GraphDocument) => doc.nodes.some((n) => n.op === 'Dropout');

const runs: Run[] = names.flatMap((name) => {
  const doc = load(name);
  return hasDropout(doc) ? [{ label: name, doc, masks: true }, { label: `${name}, keep_prob 1 in training`, doc: withoutDropout(doc), masks: false }] : [{ label: name, doc, masks: false }];
});

/** `flowboard export FILE --to python -o OUT` on the run's document, in-process; one epoch instead of the session's for MNIST. */
async function exported(i: number, doc: GraphDocument): Promise<string> {
  const out = join(tmp.path, `program${i}.py`);
  const io = bufferIO();
  const code = await exportCommand.run([tmp.write(`graph${i}.flow.json`, doc), '--to', 'python', '-o', out], io);
  if (code !== 0) throw new Error(`flowboard export failed: ${io.err}`);
  if (isMnist(doc)) {
    const loop = `for epoch in range(${doc.session!.epochs}):`;
    const text = readFileSync(out, 'utf8');
    if (!text.includes(loop)) throw new Error(`program${i}.py has no line "${loop}" to cut to one epoch`);
    writeFileSync(out, text.replace(loop, 'for epoch in range(1):'));
  }
  return out;
}

beforeAll(async () => {
  tmp = tempDir();
  const mnistDir = writeMnistSubset(join(tmp.path, 'mnist'), 5000 + TRAIN, TEST);
  const backend = await useBackend('wasm', 'cpu');
  const datasets = nodeDatasets({ mnist: mnistDir });
  const programs = [];
  for (const [i, { label, doc }] of runs.entries()) {
    const run = await runSample(doc, { backend, datasets, ...(isMnist(doc) ? { epochs: 1 } : {}) });
    flowboard.set(label, run);
    programs.push({ path: await exported(i, doc), env: { MNIST_DIR: mnistDir }, variables: run.initial, permutations: run.permutations ?? null });
  }
  const { results } = await runPython<{ results: TfRun[] }>(new URL('exports_referee.py', import.meta.url).pathname, { programs }, { timeoutMs: 540_000 });
  runs.forEach((r, i) => tensorflow.set(r.label, results[i]));
}, 600_000);

afterAll(() => tmp?.remove());

/** Relative difference, against the larger of the two. */
const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-30);

describe('flowboard export --to python runs in TensorFlow 2.21 (compat.v1) and reaches the result of flowboard train', () => {
  it.each(runs.map((r) => [r.label, r] as const))('%s', (name, { doc, masks }) => {
    const ours = flowboard.get(name)!;
    const theirs = tensorflow.get(name)!;
    expect(theirs.error ?? '').toBe('');
    const mnist = isMnist(doc);
    // Dropout's masks are each side's own draw: the runs part from the first step on. Otherwise one test image of slack for float rounding.
    const lossBound = masks ? 0.15 : 0.05;
    const accuracyBound = masks ? 0.1 : mnist ? 1 / TEST : 0;
    const problems: string[] = [];
    // What was compared, Flowboard / TensorFlow, printed for the record.
    const seen: string[] = [];

    const loops = theirs.prints.filter((p) => typeof p[0] === 'number');
    if (doc.session?.train !== undefined) {
      // The last line the training loop printed: (step or epoch, loss, ...) against Flowboard's log of the same step.
      const last = loops.at(-1);
      const step = mnist ? ours.logs.at(-1)!.step : (last?.[0] as number);
      const log = ours.logs.find((l) => l.step === step);
      if (!last || !log) problems.push(`no logged loss to compare (TensorFlow printed ${loops.length} loop lines)`);
      else {
        if (rel(log.loss, last[1] as number) > lossBound) problems.push(`loss at step ${step}: Flowboard ${log.loss}, TensorFlow ${last[1]} (bound ${lossBound * 100}%)`);
        seen.push(`loss at step ${step} ${log.loss.toPrecision(5)} / ${(last[1] as number).toPrecision(5)}`);
      }
    }
    for (const [label, value] of theirs.prints.filter((p) => typeof p[0] === 'string') as [string, NestedNumbers][]) {
      if (label in ours.metrics) {
        const bound = label === doc.nodes.find((n) => n.id === doc.session!.fetches.find((f) => f.role === 'loss')?.node)?.name ? lossBound : accuracyBound;
        const off = label === 'accuracy' || bound === accuracyBound ? Math.abs(ours.metrics[label] - (value as number)) : rel(ours.metrics[label], value as number);
        if (off > bound) problems.push(`${label} after training: Flowboard ${ours.metrics[label]}, TensorFlow ${value} (bound ${bound})`);
        seen.push(`${label} ${ours.metrics[label].toPrecision(5)} / ${(value as number).toPrecision(5)}`);
      } else if (label in ours.predictions) {
        const [a, b] = [[ours.predictions[label]].flat(9) as number[], [value].flat(9) as number[]];
        const worst = Math.max(...b.map((e, k) => Math.abs(a[k] - e) / Math.max(Math.abs(e), 0.05)));
        if (a.length !== b.length || worst > 0.05) problems.push(`${label}: Flowboard [${a.map((v) => v.toPrecision(4))}], TensorFlow [${b.map((v) => v.toPrecision(4))}]`);
        seen.push(`${label} within ${(worst * 100).toPrecision(2)}%`);
      } else problems.push(`TensorFlow printed ${label}, which Flowboard's run has no value for`);
    }
    console.log(`${name}: ${seen.join('; ')}`);
    expect(problems).toEqual([]);
  });
});
