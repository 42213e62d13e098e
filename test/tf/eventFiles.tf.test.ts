/**
 * `flowboard train --logdir` as TensorBoard reads it: the log directories of
 * two runs (xor-nn, and a few steps of mnist-cnn for a graph with
 * convolutions) loaded by TensorBoard's own EventAccumulator in one python
 * process (event_reader.py). Every tag, step and value must be what
 * Flowboard logged (scalars: the --json lines; histograms: the TF1
 * histogram of each variable, the last one of its trained value), the
 * distributions TensorBoard derives must be Flowboard's
 * (core/summary/distribution.ts), and the graph must be whole: every node,
 * op and input as written, TF's own op names, the model's scopes and the
 * gradients/ scope. The mnist-cnn run draws X_img as an image summary: TensorBoard
 * reads TF1's image tags, and TensorFlow decodes the PNGs to the pixels written.
 * The app's File > Export TensorBoard logs (renderer/codeio/eventsFile.ts,
 * PNGs of stored zlib blocks) is read the same way.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bufferIO } from '../../cli/io.ts';
import { main } from '../../cli/main.ts';
import { compressHistogram } from '../../core/summary/distribution.ts';
import { NO_TF_OP } from '../../core/summary/eventFile/tfOpNames.ts';
import { tf1Buckets, tf1Histogram } from '../../core/summary/histogramTf1.ts';
import { runEventsFile, trainingGraphDef } from '../../renderer/codeio/eventsFile.ts';
import { loadDocumentText } from '../../core/graph/load.ts';
import type { ImageEntry } from '../../renderer/training/protocol.ts';
import { runPython } from '../../tools/tf/python.ts';
import { type TempDir, tempDir } from '../tempFiles.ts';
import { decodeEvent, decodeGraphDef, type DecodedEvent, type DecodedHisto, readRecords } from '../tfProto.ts';

interface Histo {
  min: number;
  max: number;
  num: number;
  sum: number;
  sum_squares: number;
  bucket_limit: (number | string)[];
  bucket: number[];
}
interface TbRun {
  scalars: Record<string, [number, number][]>;
  histograms: Record<string, [number, Histo][]>;
  distributions: Record<string, [number, [number, number][]][]>;
  dashboard: Record<string, [number, number[][], [number, number | string][]][]>;
  images: Record<string, [number, number, number, number[]][]>;
  graph: { name: string; op: string; input: string[] }[];
  unknown_ops: string[];
}
interface FlowboardLog {
  runs: { step: number; loss: number; metrics: Record<string, number> }[];
  final: { variables: Record<string, number | number[] | number[][]> };
  events: DecodedEvent[];
}

const RUNS: Record<string, string[]> = {
  'xor-nn': ['samples/xor-nn.flow.json', '--steps', '1001', '--log-every', '250'],
  'mnist-cnn': ['samples/mnist-cnn.flow.json', '--steps', '3', '--log-every', '1'],
};

let tmp: TempDir;
const ours = new Map<string, FlowboardLog>();
const theirs = new Map<string, TbRun>();

/** What the app's export is given: a run's scalars and two image summaries, a grayscale one of 2 images a step and an RGB one of 1. */
const APP_RUN = { id: 1, label: 'Run 1', color: '#000', scalars: { cost: [{ step: 0, wallTime: 1_700_000_000_000, value: 0.7 }, { step: 5, wallTime: 1_700_000_001_000, value: 0.5 }] }, logged: { cost: 2 } };
const pattern = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (i * 37 + seed * 101) % 256);
const appImage = (tag: string, nodeId: string, step: number, maxOutputs: number, count: number, [height, width, channels]: number[]): ImageEntry => ({ tag, nodeId, step, maxOutputs, count, height, width, channels, wallTime: 1_700_000_000_000 + step * 200, pixels: pattern(count * height * width * channels, step) });
const APP_IMAGES = {
  digits: [appImage('digits', 'n1', 0, 3, 2, [28, 28, 1]), appImage('digits', 'n1', 5, 3, 2, [28, 28, 1])],
  colour: [appImage('colour', 'n2', 5, 1, 1, [4, 5, 3])],
};
let app: TbRun;

beforeAll(async () => {
  tmp = tempDir();
  // mnist-cnn with an image summary of X_img, its first 2 digits per log step.
  const cnn = JSON.parse(readFileSync('samples/mnist-cnn.flow.json', 'utf8'));
  cnn.session.images = [{ node: cnn.nodes.find((n: { name: string }) => n.name === 'X_img').id, label: 'input', maxOutputs: 2 }];
  RUNS['mnist-cnn'][0] = join(tmp.path, 'mnist-cnn-images.flow.json');
  writeFileSync(RUNS['mnist-cnn'][0], JSON.stringify(cnn));
  for (const [name, args] of Object.entries(RUNS)) {
    const logdir = join(tmp.path, name);
    const io = bufferIO();
    const code = await main(['train', ...args, '--json', '--logdir', logdir], io);
    if (code !== 0) throw new Error(`flowboard train ${name} failed: ${io.err}`);
    const lines = io.out.trim().split('\n').map((l) => JSON.parse(l));
    const [file] = readdirSync(logdir);
    const events = readRecords(new Uint8Array(readFileSync(join(logdir, file)))).map(decodeEvent);
    ours.set(name, { runs: lines.filter((l) => !l.final), final: lines.at(-1), events });
  }
  const appDir = join(tmp.path, 'app-export');
  // The app's graph of xor-nn, to compare with what flowboard train wrote for it.
  const xor = loadDocumentText(readFileSync('samples/xor-nn.flow.json', 'utf8')).document!;
  const exported = runEventsFile(APP_RUN, { graphDef: trainingGraphDef(xor), histograms: {}, images: APP_IMAGES });
  mkdirSync(appDir);
  writeFileSync(join(appDir, exported.name), exported.data);
  const { runs } = await runPython<{ runs: TbRun[] }>(new URL('event_reader.py', import.meta.url).pathname, { logdirs: [...Object.keys(RUNS).map((n) => join(tmp.path, n)), appDir] });
  Object.keys(RUNS).forEach((name, i) => theirs.set(name, runs[i]));
  app = runs.at(-1)!;
}, 600_000);

afterAll(() => tmp?.remove());

const number = (x: number | string) => (x === 'inf' ? Infinity : x === '-inf' ? -Infinity : Number(x));
const summaries = (log: FlowboardLog) => log.events.filter((e) => e.what === 'summary');

describe.each(Object.keys(RUNS))('TensorBoard reads the events file of flowboard train %s --logdir', (name) => {
  it('every scalar: the tags, steps and values Flowboard logged', () => {
    const log = ours.get(name)!;
    const tb = theirs.get(name)!;
    const expected: Record<string, [number, number][]> = {};
    for (const r of log.runs) for (const [tag, v] of Object.entries({ loss: r.loss, ...r.metrics })) (expected[tag] ??= []).push([r.step, Math.fround(v)]);
    expect(tb.scalars).toEqual(expected);
  });

  it('every histogram: each variable at each log step, the last one of its trained value', () => {
    const log = ours.get(name)!;
    const tb = theirs.get(name)!;
    const written: Record<string, [number, DecodedHisto][]> = {};
    for (const e of summaries(log)) for (const v of e.summary!.value) if (v.histo) (written[v.tag] ??= []).push([e.step, v.histo]);
    expect(Object.keys(tb.histograms).sort()).toEqual(Object.keys(log.final.variables).sort());
    for (const [tag, entries] of Object.entries(tb.histograms)) {
      expect(entries.map(([s]) => s)).toEqual(log.runs.map((r) => r.step));
      entries.forEach(([step, h], i) => {
        const w = written[tag][i][1];
        expect([step, h.min, h.max, h.num, h.sum, h.sum_squares, h.bucket_limit.map(number), h.bucket]).toEqual([written[tag][i][0], w.min, w.max, w.num, w.sum, w.sum_squares, w.bucket_limit, w.bucket]);
      });
      const trained = ([log.final.variables[tag]].flat(Infinity) as number[]).map((v) => Math.fround(v));
      const last = tf1Histogram(tag, trained);
      const h = entries.at(-1)![1];
      expect([h.num, h.min, h.max, h.bucket]).toEqual([last.num, last.min, last.max, last.bucket]);
    }
  });

  it("every distribution: the dashboards' buckets and bands are Flowboard's", () => {
    const tb = theirs.get(name)!;
    for (const [tag, entries] of Object.entries(tb.dashboard)) {
      entries.forEach(([step, buckets, bands], i) => {
        const h = tb.histograms[tag][i][1];
        const mine = tf1Buckets({ min: h.min, max: h.max, num: h.num, sum: h.sum, sumSquares: h.sum_squares, bucketLimit: h.bucket_limit.map(number), bucket: h.bucket });
        // data_compat's float32 buckets, and the distribution plugin's compression of them, exactly.
        expect(buckets, `${tag} step ${step}`).toEqual(mine.map((b) => [b.left, b.right, b.count]));
        expect(bands.map(([bp, v]) => [bp, number(v)]), `${tag} step ${step}`).toEqual(compressHistogram(mine).map((p) => [p.basisPoint, p.value]));
        // The accumulator's own compression works on the doubles before that rounding: the same bands to float32 precision.
        const legacy = tb.distributions[tag][i][1];
        legacy.forEach(([, v], k) => expect(Math.abs(number(v) - number(bands[k][1]))).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(number(v)))));
      });
    }
  });

  it('the graph, whole: forward, gradients/ and updates, with TF op names', () => {
    const log = ours.get(name)!;
    const tb = theirs.get(name)!;
    const written = decodeGraphDef(log.events.find((e) => e.what === 'graph_def')!.graph_def!).node;
    expect(tb.graph).toEqual(written.map((n) => ({ name: n.name, op: n.op, input: n.input })));
    const names = new Set(tb.graph.map((n) => n.name));
    for (const n of tb.graph) for (const i of n.input) expect(names.has(i.replace(/^\^/, '').replace(/:\d+$/, '')), `${n.name} <- ${i}`).toBe(true);
    expect(tb.graph.some((n) => n.name.startsWith('gradients/'))).toBe(true);
    expect(tb.graph.find((n) => n.name === 'train')?.op).toBe('NoOp');
    // Op names TensorFlow does not know are only the two Flowboard ops TF1 builds from several.
    expect(tb.unknown_ops.filter((op) => !NO_TF_OP.includes(op))).toEqual([]);
    if (name === 'mnist-cnn') {
      expect(tb.graph.filter((n) => n.name.startsWith('conv1/')).map((n) => n.op).sort()).toEqual(['Conv2D', 'MaxPool', 'Relu', 'VariableV2']);
      expect(tb.graph.map((n) => n.op)).toEqual(expect.arrayContaining(['Conv2DBackpropFilter', 'Conv2DBackpropInput', 'MaxPoolGrad', 'ReluGrad', 'ApplyAdam']));
    }
  });
});

describe('image summaries in the events file of flowboard train mnist-cnn --logdir', () => {
  it("TensorBoard lists TF1's image tags at every log step, and TensorFlow decodes each PNG to the pixels written", () => {
    const log = ours.get('mnist-cnn')!;
    const tb = theirs.get('mnist-cnn')!;
    expect(Object.keys(tb.images).sort()).toEqual(['input/image/0', 'input/image/1']);
    const written = summaries(log).flatMap((e) => e.summary!.value.filter((v) => v.image).map((v) => ({ step: e.step, tag: v.tag, image: v.image! })));
    for (const [tag, entries] of Object.entries(tb.images)) {
      expect(entries.map(([step]) => step)).toEqual(log.runs.map((r) => r.step));
      entries.forEach(([step, width, height, pixels]) => {
        const ours = written.find((w) => w.tag === tag && w.step === step)!.image;
        expect([width, height, ours.colorspace]).toEqual([28, 28, 1]);
        // Our own reading of the PNG's one IDAT chunk: 28 rows, each a filter byte 0 and 28 pixels.
        const png = ours.encoded_image_string;
        const idat = png.subarray(8 + 12 + 13 + 8, png.length - 12 - 4);
        const rows = inflateSync(idat);
        const mine = Array.from({ length: 28 }, (_, y) => [...rows.subarray(y * 29 + 1, (y + 1) * 29)]).flat();
        expect(pixels).toEqual(mine);
        // MNIST's [0, 1] pixels: the digit's brightest pixel is 255, most of the image black.
        expect(Math.max(...pixels)).toBe(255);
        expect(pixels.filter((p) => p === 0).length).toBeGreaterThan(400);
      });
    }
  });
});

describe("the app's File > Export TensorBoard logs", () => {
  it('TensorBoard reads the training graph, the same as flowboard train --logdir writes for the same document', () => {
    expect(app.graph.length).toBeGreaterThan(20);
    expect(app.graph).toEqual(theirs.get('xor-nn')!.graph);
    expect(app.unknown_ops).toEqual([]);
  });

  it("TensorBoard reads its scalars and TF1's image tags, and TensorFlow decodes each stored-block PNG to the pixels the Images panel kept", () => {
    expect(app.scalars.cost.map(([step]) => step)).toEqual([0, 5]);
    expect(Object.keys(app.images).sort()).toEqual(['colour/image', 'digits/image/0', 'digits/image/1']);
    for (const [tag, entries] of Object.entries(app.images)) {
      const [name, , index] = tag.split('/');
      const kept = APP_IMAGES[name as keyof typeof APP_IMAGES];
      expect(entries.map(([step]) => step)).toEqual(kept.map((k) => k.step));
      entries.forEach(([step, width, height, pixels]) => {
        const entry = kept.find((k) => k.step === step)!;
        const size = entry.height * entry.width * entry.channels;
        const i = Number(index ?? 0);
        expect([width, height]).toEqual([entry.width, entry.height]);
        expect(pixels).toEqual([...entry.pixels.subarray(i * size, (i + 1) * size)]);
      });
    }
  });
});
