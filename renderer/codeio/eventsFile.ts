/**
 * A run's training graph and its logged scalars, histograms and images as one TensorBoard event file. The
 * store keeps histograms already bucketed, so each becomes a HistogramProto
 * whose bucket limits are the buckets' right edges (how TensorBoard's
 * data_compat reads them back), not the raw values tf1Histogram would bin.
 * Images are the steps the Images panel keeps (its reservoir, as
 * TensorBoard's), each a PNG under TF1's tags (`name/image/0`, ...).
 */
import { expandTraining } from '../../core/autodiff/expandTraining.ts';
import { analyze } from '../../core/graph/analyze.ts';
import type { GraphDocument } from '../../core/graph/document.ts';
import { trainNodeOf } from '../../core/graph/trainNode.ts';
import { encodeGraphDef } from '../../core/summary/eventFile/graphDef.ts';
import { concatBytes } from '../../core/summary/eventFile/concatBytes.ts';
import type { HistogramProto } from '../../core/summary/histogramTf1.ts';
import { encodeEvent, type SummaryValue } from '../../core/summary/eventFile/event.ts';
import { createEventWriter, imageTags } from '../../core/summary/eventFile/eventWriter.ts';
import { frameRecord } from '../../core/summary/eventFile/recordWriter.ts';
import { encodePng } from '../../core/summary/png.ts';
import type { HistogramEntry, ImageEntry } from '../training/protocol.ts';
import type { RunRecord } from '../store/runSlice.ts';

/** The host name in the file name, where TensorFlow writes the machine's. */
export const EVENTS_HOST = 'flowboard';

/** What a run logged beside its scalars: histograms and image summaries by tag, as the run slice keeps them. */
export interface RunLogs {
  /** The training graph as a serialized GraphDef (core/summary/eventFile/graphDef.ts), written first for the Graphs dashboard. */
  graphDef?: Uint8Array;
  histograms: Readonly<Record<string, readonly HistogramEntry[]>>;
  images?: Readonly<Record<string, readonly ImageEntry[]>>;
}

/** The event file of `run` with its `logs`: the graph, then one event per logged step, each at its logged time; `now` names the file. */
export function runEventsFile(run: RunRecord, { graphDef, histograms, images = {} }: RunLogs, now: () => number = () => Date.now() / 1000): { name: string; data: Uint8Array } {
  const writer = createEventWriter({ clock: now, host: EVENTS_HOST });
  const steps = new Map<number, { wallTime: number; values: SummaryValue[] }>();
  const at = (step: number, wallTimeMs: number) => {
    let entry = steps.get(step);
    if (!entry) steps.set(step, (entry = { wallTime: wallTimeMs / 1000, values: [] }));
    return entry.values;
  };
  for (const [tag, points] of Object.entries(run.scalars)) for (const p of points) at(p.step, p.wallTime).push({ tag, simpleValue: p.value });
  for (const [tag, entries] of Object.entries(histograms)) for (const h of entries) at(h.step, h.wallTime).push({ tag, histo: histogramProto(h.buckets) });
  for (const [tag, entries] of Object.entries(images)) for (const entry of entries) at(entry.step, entry.wallTime).push(...imageValues(tag, entry));
  const records = graphDef ? [writer.header, writer.graph(graphDef)] : [writer.header];
  for (const [step, { wallTime, values }] of [...steps].sort(([a], [b]) => a - b)) records.push(frameRecord(encodeEvent({ wallTime, step, summary: values })));
  return { name: writer.fileName, data: concatBytes(records) };
}

/** One step's images of a summary as Summary.Values, each image a PNG under its TF1 tag. */
function imageValues(name: string, { maxOutputs, count, height, width, channels, pixels }: ImageEntry): SummaryValue[] {
  const size = height * width * channels;
  return imageTags(name, maxOutputs, count).map((tag, i) => ({
    tag,
    image: { height, width, colorspace: channels, encoded: encodePng(width, height, channels, pixels.subarray(i * size, (i + 1) * size)) },
  }));
}

/** The GraphDef of the graph `doc` trains (forward, gradients/ and updates), as `flowboard train --logdir` writes it. */
export function trainingGraphDef(doc: GraphDocument): Uint8Array | undefined {
  const train = trainNodeOf(doc);
  return train === undefined ? undefined : encodeGraphDef(analyze(expandTraining(doc, train).doc));
}

/** [left, right, count] triples as a HistogramProto; sums use bucket centres, as the raw values are gone. */
export function histogramProto(buckets: ArrayLike<number>): HistogramProto {
  const proto: HistogramProto = { min: 0, max: 0, num: 0, sum: 0, sumSquares: 0, bucketLimit: [], bucket: [] };
  for (let i = 0; i + 2 < buckets.length; i += 3) {
    const [left, right, count] = [buckets[i], buckets[i + 1], buckets[i + 2]];
    if (i === 0) proto.min = left;
    proto.max = right;
    const centre = (left + right) / 2;
    proto.num += count;
    proto.sum += centre * count;
    proto.sumSquares += centre * centre * count;
    proto.bucketLimit.push(right);
    proto.bucket.push(count);
  }
  return proto;
}

