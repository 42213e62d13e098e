/**
 * `flowboard export --to keras` runs in real TensorFlow (Keras 3, eager) and
 * trains: every MNIST lesson, the CNNs (Conv2D, MaxPool, Flatten, Dropout,
 * Dense) included, in one python process. Each program gets Flowboard's
 * initial weights (model.set_weights, in layer order) and one epoch of the
 * first 2,000 training images in Flowboard's batch order, so:
 *   - the model's output on 20 test images before training must be
 *     Flowboard's (the same layers, to 1e-4);
 *   - after the epoch, the test loss and accuracy must be Flowboard's (2%
 *     and 0.005: Keras's Adam puts epsilon outside the bias correction,
 *     TF1's inside), or within 15% and 0.1 where Dropout draws its own
 *     masks on each side (the dropout lessons run again with keep_prob 1,
 *     which the export writes without Dropout layers, to the strict bounds);
 *   - and it must have learned (test loss below the initial batch loss).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCommand } from '../../cli/commands/export.ts';
import { nodeDatasets } from '../../cli/datasets.ts';
import { bufferIO } from '../../cli/io.ts';
import { exportGraph } from '../../core/codegen/export/exportGraph.ts';
import { layerStack } from '../../core/codegen/export/layerStack.ts';
import { loadMnist } from '../../core/data/mnist.ts';
import type { GraphDocument, NestedNumbers } from '../../core/graph/document.ts';
import { loadDocumentText } from '../../core/graph/load.ts';
import { useBackend } from '../../core/runtime/backend.ts';
import { runPython } from '../../tools/tf/python.ts';
import { type TempDir, tempDir } from '../tempFiles.ts';
import { writeMnistSubset } from './mnistSubset.ts';
import { type FlowboardRun, type NamedValue, runSample, withoutDropout } from './sampleRun.ts';

const LESSONS = ['mnist-softmax', 'mnist-nn', 'mnist-xavier', 'mnist-deep', 'mnist-dropout', 'mnist-cnn', 'mnist-deep-cnn'];
const NO_MASKS = ', keep_prob 1 in training';
/** The lessons, and the dropout ones again without masks (the export then writes no Dropout layer), compared strictly. */
const RUNS = [...LESSONS, ...['mnist-dropout', 'mnist-deep-cnn'].map((n) => n + NO_MASKS)];
const TRAIN = 2000;
const TEST = 2000;
const PROBE = 20;

interface KerasRun {
  prints: unknown[][];
  probe?: number[][];
  error?: string;
}

let tmp: TempDir;
const flowboard = new Map<string, FlowboardRun>();
const keras = new Map<string, KerasRun>();

const load = (run: string): GraphDocument => {
  const doc = loadDocumentText(readFileSync(new URL(`../../samples/${run.replace(NO_MASKS, '')}.flow.json`, import.meta.url), 'utf8')).document!;
  return run.endsWith(NO_MASKS) ? withoutDropout(doc) : doc;
};

/** Flowboard's variables in Keras's order: each Dense or Conv2D layer's kernel, then its bias. */
function kerasWeights(doc: GraphDocument, initial: NamedValue[]): NamedValue[] {
  const byName = new Map(initial.map((v) => [v.name, v]));
  return layerStack(exportGraph(doc, [])).layers.flatMap((l) => (l.kind === 'dense' || l.kind === 'conv' ? [l.kernel, ...(l.bias ? [l.bias] : [])] : [])).map((v) => byName.get(v.name)!);
}

beforeAll(async () => {
  tmp = tempDir();
  const mnistDir = writeMnistSubset(join(tmp.path, 'mnist'), 5000 + TRAIN, TEST);
  const backend = await useBackend('wasm', 'cpu');
  const datasets = nodeDatasets({ mnist: mnistDir });
  const images = await loadMnist('test', 'images', datasets);
  const probe: number[][] = Array.from({ length: PROBE }, (_, i) => Array.from(images.values.subarray(i * 784, (i + 1) * 784)));
  const programs = [];
  for (const [i, name] of RUNS.entries()) {
    const doc = load(name);
    const stack = layerStack(exportGraph(doc, []));
    const keep = doc.nodes.find((n) => n.name === 'keep_prob');
    const feeds: Record<string, NestedNumbers> = { [stack.input.name]: probe, ...(keep ? { [keep.name]: 1 } : {}) };
    const run = await runSample(doc, { backend, datasets, epochs: 1, probe: { fetch: stack.layers.at(-1)!.output.id, feeds } });
    flowboard.set(name, run);
    const out = join(tmp.path, `program${i}.keras.py`);
    const io = bufferIO();
    if ((await exportCommand.run([tmp.write(`graph${i}.flow.json`, doc), '--to', 'keras', '-o', out], io)) !== 0) throw new Error(`export of ${name} failed: ${io.err}`);
    const text = readFileSync(out, 'utf8');
    if (!text.includes(`epochs=${doc.session!.epochs},`)) throw new Error(`${name}.keras.py does not fit for epochs=${doc.session!.epochs}`);
    writeFileSync(out, text.replace(`epochs=${doc.session!.epochs},`, 'epochs=1,'));
    programs.push({ path: out, env: { MNIST_DIR: mnistDir }, weights: kerasWeights(doc, run.initial), probe, permutations: run.permutations });
  }
  const { results } = await runPython<{ results: KerasRun[] }>(new URL('exports_referee.py', import.meta.url).pathname, { programs }, { timeoutMs: 540_000 });
  RUNS.forEach((name, i) => keras.set(name, results[i]));
}, 600_000);

afterAll(() => tmp?.remove());

describe('flowboard export --to keras runs in TensorFlow and trains like Flowboard', () => {
  it.each(RUNS)('%s', (name) => {
    const doc = load(name);
    const ours = flowboard.get(name)!;
    const theirs = keras.get(name)!;
    expect(theirs.error ?? '').toBe('');
    const masks = !name.endsWith(NO_MASKS) && doc.nodes.some((n) => n.op === 'Dropout');
    const problems: string[] = [];

    const a = [ours.probed].flat(9) as number[];
    const b = (theirs.probe ?? []).flat();
    const worst = Math.max(...b.map((e, k) => Math.abs(a[k] - e) / Math.max(1, Math.abs(e))));
    if (a.length !== b.length || !(worst <= 1e-4)) problems.push(`output before training: largest difference ${worst} over ${b.length} values (Flowboard ${a.length})`);

    const evaluation = theirs.prints.find((p) => p[0] === 'evaluation')?.[1] as [number, number] | undefined;
    const cost = ours.metrics.cost;
    const accuracy = ours.metrics.accuracy;
    const [lossBound, accuracyBound] = masks ? [0.15, 0.1] : [0.02, 0.005];
    if (!evaluation) problems.push('the program printed no evaluation');
    else {
      if (Math.abs(evaluation[0] - cost) / cost > lossBound) problems.push(`test loss: Keras ${evaluation[0]}, Flowboard ${cost} (bound ${lossBound * 100}%)`);
      if (Math.abs(evaluation[1] - accuracy) > accuracyBound) problems.push(`test accuracy: Keras ${evaluation[1]}, Flowboard ${accuracy} (bound ${accuracyBound})`);
      if (!(evaluation[0] < ours.logs[0].loss)) problems.push(`Keras did not learn: test loss ${evaluation[0]}, the first batch's ${ours.logs[0].loss}`);
    }
    console.log(`${name}: output before training within ${worst.toExponential(1)}; test loss ${cost.toPrecision(5)} / ${evaluation?.[0].toPrecision(5)}; accuracy ${accuracy} / ${evaluation?.[1]}`);
    expect(problems).toEqual([]);
  });
});
