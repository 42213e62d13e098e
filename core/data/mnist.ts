/**
 * MNIST as Flowboard feeds it: 60,000 training and 10,000 test images of
 * handwritten digits, 28x28 grey pixels scaled to [0, 1] as float32 rows of
 * 784, and labels one-hot over the 10 digits, as the course's
 * `input_data.read_data_sets(..., one_hot=True)` gives them.
 */
import type { DataArray } from './dataArray.ts';
import { DataError } from './dataError.ts';
import type { DataProgress, DatasetProvider } from './datasetProvider.ts';
import { type IdxImages, type IdxLabels, readIdxImages, readIdxLabels } from './mnistIdx.ts';

export type MnistSplit = 'train' | 'test';
export type MnistField = 'images' | 'labels';
export const MNIST_FIELDS: readonly MnistField[] = ['images', 'labels'];

/** The original file names; the host serves them under `mnist/`. */
export const MNIST_FILES: Record<MnistSplit, Record<MnistField, string>> = {
  train: { images: 'train-images-idx3-ubyte', labels: 'train-labels-idx1-ubyte' },
  test: { images: 't10k-images-idx3-ubyte', labels: 't10k-labels-idx1-ubyte' },
};

/** Examples per split in the original files. */
export const MNIST_SIZES: Record<MnistSplit, number> = { train: 60000, test: 10000 };

/** Reads and decodes one field of one split through the host's provider, reporting progress. */
export async function loadMnist(split: MnistSplit, field: MnistField, provider: DatasetProvider, onProgress?: (p: DataProgress) => void): Promise<DataArray> {
  const what = `mnist ${split} ${field}`;
  const path = `mnist/${MNIST_FILES[split][field]}`;
  const bytes = await provider.readBytes(path, (done, total) => onProgress?.({ what, phase: 'reading', done, total }));
  if (field === 'labels') {
    const labels = oneHot(readIdxLabels(bytes, path));
    onProgress?.({ what, phase: 'decoding', done: labels.shape[0], total: labels.shape[0] });
    return labels;
  }
  return scaledImages(readIdxImages(bytes, path), (done, total) => onProgress?.({ what, phase: 'decoding', done, total }));
}

/** Pixels / 255 as float32 rows of rows*cols values: [count, rows * cols]. */
export function scaledImages(images: IdxImages, onProgress?: (done: number, total: number) => void): DataArray {
  const { count, rows, cols, pixels } = images;
  const values = new Float32Array(pixels.length);
  const size = rows * cols;
  // Progress every 10,000 images: often enough for a bar, rare enough to cost nothing.
  for (let start = 0; start < count; start += 10000) {
    const end = Math.min(start + 10000, count);
    for (let i = start * size; i < end * size; i++) values[i] = pixels[i] / 255;
    onProgress?.(end, count);
  }
  return { values, shape: [count, size] };
}

/** Each label as a row of 10 with a 1 at the digit: [count, 10]. */
export function oneHot({ count, labels }: IdxLabels): DataArray {
  const values = new Float32Array(count * 10);
  for (let i = 0; i < count; i++) values[i * 10 + labels[i]] = 1;
  return { values, shape: [count, 10] };
}

/** Checks a binding's split and field; returns them typed, or throws naming the fix. */
export function mnistPart(split: string, field: string, placeholder: string): [MnistSplit, MnistField] {
  if (split !== 'train' && split !== 'test') throw new DataError(`Placeholder "${placeholder}" is bound to MNIST split "${split}"; use train or test`);
  if (!(MNIST_FIELDS as readonly string[]).includes(field))
    throw new DataError(`Placeholder "${placeholder}" is bound to MNIST field "${field}"; use images (784 pixels per example, 0 to 1) or labels (one-hot, 10 per example)`);
  return [split, field as MnistField];
}
