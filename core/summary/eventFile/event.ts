/**
 * The Event, Summary and HistogramProto messages TensorBoard reads, encoded as
 * proto3 serializes them. Sources: tensorflow/core/util/event.proto,
 * tensorflow/core/framework/summary.proto. Field numbers:
 *   Event: wall_time 1 (double), step 2 (int64), file_version 3, graph_def 4 (a serialized GraphDef),
 *          summary 5 (oneof `what`)
 *   Summary: value 1 (repeated); Summary.Value: tag 1, simple_value 2 (float), image 4, histo 5 (oneof `value`)
 *   Summary.Image: height 1, width 2, colorspace 3 (int32), encoded_image_string 4 (bytes)
 *   HistogramProto: min 1, max 2, num 3, sum 4, sum_squares 5 (doubles),
 *   bucket_limit 6 and bucket 7 (packed repeated doubles)
 */
import type { HistogramProto } from '../histogramTf1.ts';
import { ProtoWriter } from './protobuf.ts';

/** A Summary.Image: an encoded (PNG) image; colorspace is its channel count (1 gray, 3 RGB, 4 RGBA). */
export interface SummaryImage {
  height: number;
  width: number;
  colorspace: number;
  encoded: Uint8Array;
}

/** One Summary.Value: a scalar (stored as float32), a TF1 histogram or an image. */
export type SummaryValue = { tag: string; simpleValue: number } | { tag: string; histo: HistogramProto } | { tag: string; image: SummaryImage };

/** An Event carrying one of the file version, a graph or a summary. */
export interface TfEvent {
  /** Seconds since the Unix epoch. */
  wallTime: number;
  step?: number;
  fileVersion?: string;
  /** A serialized GraphDef (see graphDef.ts). */
  graphDef?: Uint8Array;
  summary?: readonly SummaryValue[];
}

/** The Event's wire bytes, fields in number order, proto3 defaults left out (oneof members always written). */
export function encodeEvent(event: TfEvent): Uint8Array {
  if ([event.fileVersion, event.graphDef, event.summary].filter((x) => x !== undefined).length !== 1) {
    throw new TypeError('encodeEvent: an Event carries exactly one of fileVersion, graphDef and summary');
  }
  const w = new ProtoWriter();
  if (!isDefault(event.wallTime)) w.double(1, event.wallTime);
  if (event.step !== undefined && event.step !== 0) w.int64(2, event.step);
  if (event.fileVersion !== undefined) w.string(3, event.fileVersion);
  if (event.graphDef !== undefined) w.bytes(4, event.graphDef);
  if (event.summary !== undefined) w.bytes(5, encodeSummary(event.summary));
  return w.finish();
}

/** A Summary message: one `value` entry per SummaryValue. */
export function encodeSummary(values: readonly SummaryValue[]): Uint8Array {
  const w = new ProtoWriter();
  for (const v of values) {
    const value = new ProtoWriter();
    if (v.tag !== '') value.string(1, v.tag);
    if ('simpleValue' in v) value.float(2, v.simpleValue);
    else if ('image' in v) value.bytes(4, encodeImage(v.image));
    else value.bytes(5, encodeHistogram(v.histo));
    w.bytes(1, value.finish());
  }
  return w.finish();
}

/** A Summary.Image message. */
export function encodeImage(image: SummaryImage): Uint8Array {
  const w = new ProtoWriter();
  [image.height, image.width, image.colorspace].forEach((n, i) => {
    if (n !== 0) w.int64(i + 1, n);
  });
  if (image.encoded.length > 0) w.bytes(4, image.encoded);
  return w.finish();
}

/** A HistogramProto message. */
export function encodeHistogram(h: HistogramProto): Uint8Array {
  const w = new ProtoWriter();
  const scalars = [h.min, h.max, h.num, h.sum, h.sumSquares];
  scalars.forEach((x, i) => {
    if (!isDefault(x)) w.double(i + 1, x);
  });
  if (h.bucketLimit.length > 0) w.packedDoubles(6, h.bucketLimit);
  if (h.bucket.length > 0) w.packedDoubles(7, h.bucket);
  return w.finish();
}

/** proto3 skips a double only when its bits are all zero: +0, but not -0. */
function isDefault(x: number): boolean {
  return Object.is(x, 0);
}
