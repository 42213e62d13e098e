/**
 * Exported code runs in real TensorFlow and reaches Flowboard's result.
 * Every sample is trained by Flowboard as `flowboard train` does and written
 * by `flowboard export --to python`; the MNIST lessons also `--to keras`
 * (the CNNs included). The Python programs run under TensorFlow 2.21's
 * compat.v1 and the Keras ones in Keras 3 (exports_referee.py: one process
 * for each kind, since compat.v1 turns eager mode off for its process).
 *
 * The programs run as written: they set TF's seeds and walk Flowboard's
 * mini-batch order themselves (issue 14), so TensorFlow starts from
 * Flowboard's initial values with nothing injected, and each pair of runs is
 * the same computation; exportChecks.ts holds the bounds (the final loss
 * within 5%, the accuracy exactly; the Keras model's output before training
 * within 1e-4). The MNIST lessons train one epoch on the first 2,000 images
 * and are evaluated on the first 2,000 test images. Keras draws its own
 * dropout masks, so the dropout lessons run twice: as they are, within
 * looser bounds, and with keep_prob fed 1 in training, to the strict ones
 * (ops.tf.test.ts checks Dropout itself). exportSteps.tf.test.ts compares
 * the Python exports' losses step by step on all of MNIST.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeDatasets } from '../../cli/datasets.ts';
import { exportKeras } from '../../core/codegen/export/exportKeras.ts';
import { loadMnist } from '../../core/data/mnist.ts';
import type { GraphDocument, NestedNumbers } from '../../core/graph/document.ts';
import { loadDocumentText } from '../../core/graph/load.ts';
import { useBackend } from '../../core/runtime/backend.ts';
import { runPython } from '../../tools/tf/python.ts';
import { type TempDir, tempDir } from '../tempFiles.ts';
import { checkKeras, checkPython, type ProgramRun } from './exportChecks.ts';
import { exportProgram, hasDropout, isMnist, kerasEnds } from './exportPrograms.ts';
import { writeMnistSubset } from './mnistSubset.ts';
import { type FlowboardRun, runSample, withoutDropout } from './sampleRun.ts';

const SAMPLES = new URL('../../samples/', import.meta.url);
const load = (name: string): GraphDocument => loadDocumentText(readFileSync(new URL(`${name}.flow.json`, SAMPLES), 'utf8')).document!;
// EXPORT_SAMPLES=a,b runs only those (while working on one); CI runs them all.
const only = process.env.EXPORT_SAMPLES?.split(',');
// Samples on a generated dataset (alexnet on shapes) have no export: tools/famousCnns/templates.test.ts checks the refusal.
const onGeneratedData = (name: string) => Object.values(load(name).session?.feeds ?? {}).some((b) => b.kind === 'dataset' && b.name !== 'mnist');
const names = readdirSync(SAMPLES).filter((f) => f.endsWith('.flow.json')).map((f) => f.replace('.flow.json', '')).filter((n) => (!only || only.includes(n)) && !onGeneratedData(n)).sort();
const TRAIN = 2000;
const TEST = 2000;
const PROBE = 20;

/** One comparison: a sample, or a dropout sample with keep_prob 1 in training. */
interface Run {
  label: string;
  doc: GraphDocument;
  /** Dropout active: each side draws its own masks. */
  masks: boolean;
}

const runs: Run[] = names.flatMap((name) => {
  const doc = load(name);
  return hasDropout(doc) ? [{ label: name, doc, masks: true }, { label: `${name}, keep_prob 1 in training`, doc: withoutDropout(doc), masks: false }] : [{ label: name, doc, masks: false }];
});
/** MNIST samples that are stacks of Keras layers (not the inception module or the ResNet, whose branches Keras's Sequential cannot hold). */
const toKeras = (doc: GraphDocument) => {
  if (!isMnist(doc)) return false;
  try {
    exportKeras(doc);
    return true;
  } catch {
    return false;
  }
};
const kerasRuns = runs.filter((r) => toKeras(r.doc));

let tmp: TempDir;
const flowboard = new Map<string, FlowboardRun>();
const python = new Map<string, ProgramRun>();
const keras = new Map<string, ProgramRun>();

beforeAll(async () => {
  tmp = tempDir();
  const mnistDir = writeMnistSubset(join(tmp.path, 'mnist'), 5000 + TRAIN, TEST);
  const backend = await useBackend('wasm', 'cpu');
  const datasets = nodeDatasets({ mnist: mnistDir });
  const images = await loadMnist('test', 'images', datasets);
  const probe: number[][] = Array.from({ length: PROBE }, (_, i) => Array.from(images.values.subarray(i * 784, (i + 1) * 784)));
  const env = { MNIST_DIR: mnistDir };
  const pythonPrograms = [];
  const kerasPrograms = [];
  for (const [i, { label, doc }] of runs.entries()) {
    const mnist = isMnist(doc);
    const ends = toKeras(doc) ? kerasEnds(doc) : undefined;
    const keep = doc.nodes.find((n) => n.name === 'keep_prob');
    const feeds: Record<string, NestedNumbers> = ends ? { [ends.input]: probe, ...(keep ? { [keep.name]: 1 } : {}) } : {};
    const run = await runSample(doc, { backend, datasets, ...(mnist ? { epochs: 1 } : {}), ...(ends ? { probe: { fetch: ends.output, feeds } } : {}) });
    flowboard.set(label, run);
    pythonPrograms.push({ path: await exportProgram(tmp, `run${i}`, doc, 'python'), env });
    if (ends) kerasPrograms.push({ path: await exportProgram(tmp, `run${i}`, doc, 'keras'), env, probe });
  }
  const script = new URL('exports_referee.py', import.meta.url).pathname;
  const [p, k] = await Promise.all([
    runPython<{ results: ProgramRun[] }>(script, { programs: pythonPrograms }, { timeoutMs: 840_000 }),
    runPython<{ results: ProgramRun[] }>(script, { programs: kerasPrograms }, { timeoutMs: 840_000 }),
  ]);
  runs.forEach((r, i) => python.set(r.label, p.results[i]));
  kerasRuns.forEach((r, i) => keras.set(r.label, k.results[i]));
}, 900_000);

afterAll(() => tmp?.remove());

describe('flowboard export --to python runs in TensorFlow 2.21 (compat.v1) and reaches the result of flowboard train', () => {
  it.each(runs.map((r) => [r.label, r] as const))('%s', (name, { doc, masks }) => {
    const theirs = python.get(name)!;
    expect(theirs.error ?? '').toBe('');
    const { problems, seen } = checkPython(doc, masks, flowboard.get(name)!, theirs, TEST);
    console.log(`--to python ${name}: ${seen}`);
    expect(problems).toEqual([]);
  });
});

describe('flowboard export --to keras runs in TensorFlow (Keras 3) and trains like Flowboard', () => {
  it.each(kerasRuns.map((r) => [r.label, r] as const))('%s', (name, { masks }) => {
    const theirs = keras.get(name)!;
    expect(theirs.error ?? '').toBe('');
    const { problems, seen } = checkKeras(masks, flowboard.get(name)!, theirs);
    console.log(`--to keras ${name}: ${seen}`);
    expect(problems).toEqual([]);
  });
});
