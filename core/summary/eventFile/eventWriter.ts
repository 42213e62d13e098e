/**
 * Event files TensorBoard opens, as bytes: the caller appends each returned
 * chunk to the file named `fileName` (no I/O here). Sources:
 * tensorflow/core/util/events_writer.cc (file name, first event) and
 * tensorboard/summary/writer/event_file_writer.py. Scalars go out as
 * simple_value and histograms as TF1 HistogramProtos; TensorBoard migrates
 * both itself (tensorboard/data_compat.py).
 */
import { tf1Histogram } from '../histogramTf1.ts';
import { encodeEvent, type SummaryImage, type SummaryValue } from './event.ts';
import { frameRecord } from './recordWriter.ts';

/** The file_version of the first event (events_writer.cc: kVersionPrefix + kCurrentVersion). */
export const FILE_VERSION = 'brain.Event:2';

/** Where the writer gets its time and host name. */
export interface EventWriterOptions {
  /** Seconds since the Unix epoch, like Python's time.time(); e.g. `() => Date.now() / 1000`. */
  clock: () => number;
  /** The host name that ends the file name. */
  host: string;
  /** Appended to the file name, as events_writer's file_suffix. */
  suffix?: string;
}

/** What one training step logged: scalar values and raw tensors to histogram, by tag, and encoded images by summary name. */
export interface StepSummaries {
  scalars?: Readonly<Record<string, number>>;
  histograms?: Readonly<Record<string, ArrayLike<number>>>;
  /** Each image summary's images, encoded (PNG); `maxOutputs` picks TF1's tags. */
  images?: readonly { name: string; maxOutputs: number; images: readonly SummaryImage[] }[];
}

/** TF1's tags of an image summary's images: `name/image` when max_outputs is 1, else `name/image/0`, `name/image/1`, ... */
export function imageTags(name: string, maxOutputs: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => (maxOutputs === 1 ? `${name}/image` : `${name}/image/${i}`));
}

/** The bytes of one event file, chunk by chunk. */
export interface EventWriter {
  /** `events.out.tfevents.<10-digit seconds>.<host><suffix>`. */
  readonly fileName: string;
  /** The first record: an Event holding only file_version "brain.Event:2". */
  readonly header: Uint8Array;
  /** One record: an Event for `step` whose Summary holds every scalar, then every histogram, then every image. */
  step(step: number, summaries: StepSummaries): Uint8Array;
  /** One record: an Event holding the graph (a serialized GraphDef, see graphDef.ts), as tf.summary.FileWriter(logdir, graph) writes it first. */
  graph(graphDef: Uint8Array): Uint8Array;
}

/** `events.out.tfevents.%010lld.<host><suffix>` for a time in seconds. */
export function eventFileName(seconds: number, host: string, suffix = ''): string {
  return `events.out.tfevents.${String(Math.floor(seconds)).padStart(10, '0')}.${host}${suffix}`;
}

/** A writer whose file is named and stamped by `clock` at creation; throws on a NaN or Inf histogram value, as TF does. */
export function createEventWriter({ clock, host, suffix = '' }: EventWriterOptions): EventWriter {
  const created = clock();
  return {
    fileName: eventFileName(created, host, suffix),
    header: frameRecord(encodeEvent({ wallTime: created, fileVersion: FILE_VERSION })),
    step(step, { scalars = {}, histograms = {}, images = [] }) {
      const summary: SummaryValue[] = [
        ...Object.entries(scalars).map(([tag, simpleValue]) => ({ tag, simpleValue })),
        ...Object.entries(histograms).map(([tag, values]) => ({ tag, histo: tf1Histogram(tag, values) })),
        ...images.flatMap(({ name, maxOutputs, images: list }) => imageTags(name, maxOutputs, list.length).map((tag, i) => ({ tag, image: list[i] }))),
      ];
      return frameRecord(encodeEvent({ wallTime: clock(), step, summary }));
    },
    graph(graphDef) {
      return frameRecord(encodeEvent({ wallTime: clock(), graphDef }));
    },
  };
}
