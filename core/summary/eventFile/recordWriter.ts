/**
 * TFRecord framing, the container of event files. Source:
 * tensorboard/summary/writer/record_writer.py and
 * tensorflow/core/lib/io/record_writer.cc. Each record is
 *   uint64 length (little-endian) | uint32 masked CRC-32C of those 8 bytes |
 *   data | uint32 masked CRC-32C of the data.
 */
import { maskedCrc32c } from './masked.ts';

/** One framed record holding `data`. */
export function frameRecord(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(8 + 4 + data.length + 4);
  const view = new DataView(out.buffer);
  // The length is below 2^53, so two 32-bit halves hold it exactly.
  view.setUint32(0, data.length % 2 ** 32, true);
  view.setUint32(4, Math.floor(data.length / 2 ** 32), true);
  view.setUint32(8, maskedCrc32c(out.subarray(0, 8)), true);
  out.set(data, 12);
  view.setUint32(12 + data.length, maskedCrc32c(data), true);
  return out;
}
