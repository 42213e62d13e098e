/**
 * A run's logged scalars and histograms as one TensorBoard event file. The
 * store keeps histograms already bucketed, so each becomes a HistogramProto
 * whose bucket limits are the buckets' right edges (how TensorBoard's
 * data_compat reads them back), not the raw values tf1Histogram would bin.
 */
import { concatBytes } from '../../core/summary/eventFile/concatBytes.ts';
import type { HistogramProto } from '../../core/summary/histogramTf1.ts';
import { encodeEvent, type SummaryValue } from '../../core/summary/eventFile/event.ts';
import { createEventWriter } from '../../core/summary/eventFile/eventWriter.ts';
import { frameRecord } from '../../core/summary/eventFile/recordWriter.ts';
import type { HistogramEntry } from '../training/protocol.ts';
import type { RunRecord } from '../store/runSlice.ts';

/** The host name in the file name, where TensorFlow writes the machine's. */
export const EVENTS_HOST = 'flowboard';

/** The event file of `run` with `histograms`: one event per logged step, each at its logged time; `now` names the file. */
export function runEventsFile(run: RunRecord, histograms: Readonly<Record<string, readonly HistogramEntry[]>>, now: () => number = () => Date.now() / 1000): { name: string; data: Uint8Array } {
  const writer = createEventWriter({ clock: now, host: EVENTS_HOST });
  const steps = new Map<number, { wallTime: number; values: SummaryValue[] }>();
  const at = (step: number, wallTimeMs: number) => {
    let entry = steps.get(step);
    if (!entry) steps.set(step, (entry = { wallTime: wallTimeMs / 1000, values: [] }));
    return entry.values;
  };
  for (const [tag, points] of Object.entries(run.scalars)) for (const p of points) at(p.step, p.wallTime).push({ tag, simpleValue: p.value });
  for (const [tag, entries] of Object.entries(histograms)) for (const h of entries) at(h.step, h.wallTime).push({ tag, histo: histogramProto(h.buckets) });
  const records = [writer.header];
  for (const [step, { wallTime, values }] of [...steps].sort(([a], [b]) => a - b)) records.push(frameRecord(encodeEvent({ wallTime, step, summary: values })));
  return { name: writer.fileName, data: concatBytes(records) };
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

