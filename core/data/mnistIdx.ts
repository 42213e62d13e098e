/**
 * The IDX files MNIST is distributed in (yann.lecun.com/exdb/mnist): a
 * big-endian header (magic number, then one uint32 per dimension) followed by
 * unsigned bytes. Pure: the host reads the bytes, this checks and decodes them.
 */
import { DataError } from './dataError.ts';

/** Magic numbers: 0x0000 (zero bytes), 0x08 (unsigned byte data), then the number of dimensions. */
export const IMAGES_MAGIC = 2051;
export const LABELS_MAGIC = 2049;

export interface IdxImages {
  count: number;
  rows: number;
  cols: number;
  /** count * rows * cols bytes, row-major, 0 (background) to 255 (ink). */
  pixels: Uint8Array;
}

export interface IdxLabels {
  count: number;
  /** One digit 0-9 per image. */
  labels: Uint8Array;
}

/**
 * The length in bytes of an unsigned-byte IDX file, from its first bytes (the
 * magic number and the dimensions), or undefined when they are not yet all
 * there or are not such a header: how a download with no length knows its size.
 */
export function idxByteLength(head: Uint8Array): number | undefined {
  if (head.length < 4 || head[0] !== 0 || head[1] !== 0 || head[2] !== 0x08) return undefined;
  const dims = head[3];
  if (dims === 0 || head.length < 4 + 4 * dims) return undefined;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  let size = 1;
  for (let d = 0; d < dims; d++) size *= view.getUint32(4 + 4 * d);
  return 4 + 4 * dims + size;
}

/** Decodes an images file (magic 2051, dims [count, rows, cols]); `name` names the file in errors. */
export function readIdxImages(bytes: Uint8Array, name: string): IdxImages {
  const [count, rows, cols] = readHeader(bytes, name, IMAGES_MAGIC, 3, 'images');
  const pixels = body(bytes, name, 16, count * rows * cols, `${count} images of ${rows}x${cols} pixels`);
  return { count, rows, cols, pixels };
}

/** Decodes a labels file (magic 2049, dims [count]); every label must be a digit 0-9. */
export function readIdxLabels(bytes: Uint8Array, name: string): IdxLabels {
  const [count] = readHeader(bytes, name, LABELS_MAGIC, 1, 'labels');
  const labels = body(bytes, name, 8, count, `${count} labels`);
  const bad = labels.findIndex((l) => l > 9);
  if (bad >= 0) throw new DataError(`${name} is corrupt: label ${bad} is ${labels[bad]}, but MNIST labels are digits 0-9`);
  return { count, labels };
}

function readHeader(bytes: Uint8Array, name: string, magic: number, rank: number, what: string): number[] {
  const headerSize = 4 + 4 * rank;
  if (bytes.length < headerSize) throw new DataError(`${name} is truncated: ${bytes.length} bytes is shorter than the ${headerSize}-byte header of an IDX ${what} file`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const found = view.getUint32(0);
  if (found !== magic) {
    const other = found === IMAGES_MAGIC ? ' (that of an images file)' : found === LABELS_MAGIC ? ' (that of a labels file)' : '';
    throw new DataError(`${name} is not an IDX ${what} file: its magic number is ${found}${other}, expected ${magic}; check the file name, or that the file is not compressed (.gz)`);
  }
  return Array.from({ length: rank }, (_, i) => view.getUint32(4 + 4 * i));
}

function body(bytes: Uint8Array, name: string, offset: number, size: number, what: string): Uint8Array {
  const have = bytes.length - offset;
  if (have < size) throw new DataError(`${name} is truncated: its header promises ${what} (${size} bytes), but only ${have} follow; download or reinstall the file`);
  if (have > size) throw new DataError(`${name} is corrupt: its header promises ${what} (${size} bytes), but ${have} follow`);
  return bytes.subarray(offset, offset + size);
}
