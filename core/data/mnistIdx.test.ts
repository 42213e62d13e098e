import { describe, expect, it } from 'vitest';
import { idxByteLength, readIdxImages, readIdxLabels } from './mnistIdx.ts';

/** An IDX file: the magic number, the dimensions, then the bytes. */
function idx(magic: number, dims: number[], data: number[]): Uint8Array {
  const bytes = new Uint8Array(4 + 4 * dims.length + data.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, magic);
  dims.forEach((d, i) => view.setUint32(4 + 4 * i, d));
  bytes.set(data, 4 + 4 * dims.length);
  return bytes;
}

describe('IDX reader', () => {
  it('decodes images and labels', () => {
    const images = readIdxImages(idx(2051, [2, 2, 3], [0, 1, 2, 3, 4, 5, 250, 251, 252, 253, 254, 255]), 'img');
    expect(images).toMatchObject({ count: 2, rows: 2, cols: 3 });
    expect(Array.from(images.pixels)).toEqual([0, 1, 2, 3, 4, 5, 250, 251, 252, 253, 254, 255]);
    const labels = readIdxLabels(idx(2049, [3], [7, 0, 9]), 'lab');
    expect(labels.count).toBe(3);
    expect(Array.from(labels.labels)).toEqual([7, 0, 9]);
  });

  it('reads a file at an offset inside a larger buffer', () => {
    const file = idx(2049, [2], [4, 2]);
    const padded = new Uint8Array(file.length + 3);
    padded.set(file, 3);
    expect(Array.from(readIdxLabels(padded.subarray(3), 'lab').labels)).toEqual([4, 2]);
  });

  it('rejects a wrong magic number, naming the kind of file it found', () => {
    expect(() => readIdxImages(idx(2049, [1, 1, 1], [0]), 'train-images')).toThrow('train-images is not an IDX images file: its magic number is 2049 (that of a labels file), expected 2051');
    expect(() => readIdxLabels(idx(2051, [1], [0, 0, 0, 0, 0, 0, 0, 0, 0]), 'labels')).toThrow('its magic number is 2051 (that of an images file), expected 2049');
    // A gzipped file starts 1f 8b.
    expect(() => readIdxLabels(new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0]), 'x.gz')).toThrow('not compressed (.gz)');
  });

  it('rejects a truncated or overlong file', () => {
    expect(() => readIdxImages(new Uint8Array([0, 0, 8, 3, 0, 0]), 'short')).toThrow('short is truncated: 6 bytes is shorter than the 16-byte header');
    expect(() => readIdxImages(idx(2051, [2, 2, 2], [1, 2, 3, 4, 5]), 'cut')).toThrow('cut is truncated: its header promises 2 images of 2x2 pixels (8 bytes), but only 5 follow');
    expect(() => readIdxLabels(idx(2049, [2], [1, 2, 3]), 'long')).toThrow('long is corrupt: its header promises 2 labels (2 bytes), but 3 follow');
  });

  it('rejects a label that is not a digit', () => {
    expect(() => readIdxLabels(idx(2049, [3], [1, 10, 2]), 'lab')).toThrow('lab is corrupt: label 1 is 10, but MNIST labels are digits 0-9');
  });
});

describe('idxByteLength', () => {
  it('is the whole file’s length, known from its header: MNIST’s training images are 47,040,016 bytes', () => {
    const head = Uint8Array.of(0, 0, 8, 3, 0, 0, 0xea, 0x60, 0, 0, 0, 28, 0, 0, 0, 28);
    expect(idxByteLength(head)).toBe(47040016);
    expect(idxByteLength(Uint8Array.of(0, 0, 8, 1, 0, 0, 0x27, 0x10, 9, 9))).toBe(10008);
  });

  it('is undefined until the header is all there, and for anything else', () => {
    expect(idxByteLength(Uint8Array.of(0, 0, 8, 3, 0, 0))).toBeUndefined();
    expect(idxByteLength(new TextEncoder().encode('<html>...'))).toBeUndefined();
    expect(idxByteLength(new Uint8Array(0))).toBeUndefined();
  });
});
