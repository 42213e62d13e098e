/**
 * Test support, not shipped: an independent reader for our event files. It
 * decodes with protobufjs from the standard definitions (abridged from
 * tensorflow/core/util/event.proto and tensorflow/core/framework/summary.proto,
 * field numbers and types unchanged) and splits TFRecords, checking both CRCs.
 */
import protobuf from 'protobufjs';
import { maskedCrc32c } from '../core/summary/eventFile/masked.ts';

/** The message definitions, in .proto syntax. */
export const TENSORFLOW_PROTO = `
syntax = "proto3";
package tensorflow;

message HistogramProto {
  double min = 1;
  double max = 2;
  double num = 3;
  double sum = 4;
  double sum_squares = 5;
  repeated double bucket_limit = 6 [packed = true];
  repeated double bucket = 7 [packed = true];
}

message Summary {
  message Image {
    int32 height = 1;
    int32 width = 2;
    int32 colorspace = 3;
    bytes encoded_image_string = 4;
  }
  message Value {
    string node_name = 7;
    string tag = 1;
    oneof value {
      float simple_value = 2;
      bytes obsolete_old_style_histogram = 3;
      Image image = 4;
      HistogramProto histo = 5;
    }
  }
  repeated Value value = 1;
}

message TensorShapeProto {
  message Dim {
    int64 size = 1;
    string name = 2;
  }
  repeated Dim dim = 2;
  bool unknown_rank = 3;
}

message AttrValue {
  message ListValue {
    repeated bytes s = 2;
    repeated int64 i = 3 [packed = true];
    repeated TensorShapeProto shape = 7;
  }
  oneof value {
    bytes s = 2;
    int64 i = 3;
    int32 type = 6;
    TensorShapeProto shape = 7;
    ListValue list = 1;
  }
}

message NodeDef {
  string name = 1;
  string op = 2;
  repeated string input = 3;
  string device = 4;
  map<string, AttrValue> attr = 5;
}

message GraphDef {
  repeated NodeDef node = 1;
}

message Event {
  double wall_time = 1;
  int64 step = 2;
  oneof what {
    string file_version = 3;
    bytes graph_def = 4;
    Summary summary = 5;
  }
}
`;

const root = protobuf.parse(TENSORFLOW_PROTO, { keepCase: true }).root;
const Event = root.lookupType('tensorflow.Event');
const GraphDef = root.lookupType('tensorflow.GraphDef');

/** A NodeDef as protobufjs decodes it. */
export interface DecodedNode {
  name: string;
  op: string;
  input: string[];
  attr: Record<string, { s?: Uint8Array; i?: number; type?: number; shape?: DecodedShape; list?: { s: Uint8Array[]; i: number[]; shape: DecodedShape[] } }>;
}
export interface DecodedShape {
  dim: { size: number }[];
  unknown_rank: boolean;
}

/** protobufjs's reading of a serialized GraphDef. */
export function decodeGraphDef(bytes: Uint8Array): { node: DecodedNode[] } {
  return GraphDef.toObject(GraphDef.decode(bytes), { longs: Number, defaults: true, oneofs: false, arrays: true }) as { node: DecodedNode[] };
}

/** A HistogramProto as protobufjs decodes it (proto field names). */
export interface DecodedHisto {
  min: number;
  max: number;
  num: number;
  sum: number;
  sum_squares: number;
  bucket_limit: number[];
  bucket: number[];
}

/** An Event as protobufjs decodes it, with `what` and `value` naming the set oneof member. */
export interface DecodedEvent {
  wall_time: number;
  step: number;
  what?: 'file_version' | 'summary' | 'graph_def';
  file_version?: string;
  graph_def?: Uint8Array;
  summary?: { value: { tag: string; value?: string; simple_value?: number; histo?: DecodedHisto; image?: { height: number; width: number; colorspace: number; encoded_image_string: Uint8Array } }[] };
}

/** protobufjs's reading of an Event, int64 as number, defaults filled in. */
export function decodeEvent(bytes: Uint8Array): DecodedEvent {
  return Event.toObject(Event.decode(bytes), { longs: Number, defaults: true, oneofs: true }) as DecodedEvent;
}

/** The records of a TFRecord file; throws where a length or data CRC does not match its bytes. */
export function readRecords(file: Uint8Array): Uint8Array[] {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const records: Uint8Array[] = [];
  for (let at = 0; at < file.length; ) {
    const length = view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
    if (view.getUint32(at + 8, true) !== maskedCrc32c(file.subarray(at, at + 8))) throw new Error(`length CRC mismatch at ${at}`);
    const data = file.subarray(at + 12, at + 12 + length);
    if (view.getUint32(at + 12 + length, true) !== maskedCrc32c(data)) throw new Error(`data CRC mismatch at ${at}`);
    records.push(data);
    at += 16 + length;
  }
  return records;
}
