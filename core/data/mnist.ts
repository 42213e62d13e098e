/**
 * MNIST as Flowboard feeds it: 60,000 training and 10,000 test images of
 * handwritten digits, 28x28 grey pixels scaled to [0, 1] as float32 rows of
 * 784, and labels one-hot over the 10 digits, as the course's
 * `input_data.read_data_sets(..., one_hot=True)` gives them.
 *
 * Besides the two files' own splits, the course's split: TF1's
 * `read_data_sets` keeps the first 5,000 training images for validation and
 * trains on the other 55,000 (550 steps an epoch at batch 100). The course's
 * lessons train on those 55,000, so its samples do too.
 */
import { DATASET_SPLITS, type DatasetSplit } from '../graph/document.ts';
import type { DataArray } from './dataArray.ts';
import { DataError } from './dataError.ts';
import type { DataProgress, DatasetProvider } from './datasetProvider.ts';
import { type IdxImages, type IdxLabels, readIdxImages, readIdxLabels } from './mnistIdx.ts';

/** The document names the splits; this file says what each is. */
export type MnistSplit = DatasetSplit;
export type MnistField = 'images' | 'labels';
export const MNIST_FIELDS: readonly MnistField[] = ['images', 'labels'];

/** The two original files, under `mnist/` on the host. */
export type MnistFile = 'train' | 'test';
export const MNIST_FILES: Record<MnistFile, Record<MnistField, string>> = {
  train: { images: 'train-images-idx3-ubyte', labels: 'train-labels-idx1-ubyte' },
  test: { images: 't10k-images-idx3-ubyte', labels: 't10k-labels-idx1-ubyte' },
};

/** Which file a split reads and which of its examples it keeps (`count` at most: a cut-down file gives fewer). */
export const MNIST_SPLITS: Record<MnistSplit, { file: MnistFile; from: number; count: number; about: string }> = {
  train: { file: 'train', from: 0, count: 60000, about: 'all 60,000 training images' },
  test: { file: 'test', from: 0, count: 10000, about: 'the 10,000 test images' },
  'train-55k': { file: 'train', from: 5000, count: 55000, about: "training images 5,001 to 60,000: TF1 read_data_sets' mnist.train, the course's training data" },
  'validation-5k': { file: 'train', from: 0, count: 5000, about: "the first 5,000 training images: TF1 read_data_sets' mnist.validation" },
};
export const MNIST_SPLIT_NAMES: readonly MnistSplit[] = DATASET_SPLITS;

/** Examples per split. */
export const MNIST_SIZES: Record<MnistSplit, number> = Object.fromEntries(MNIST_SPLIT_NAMES.map((s) => [s, MNIST_SPLITS[s].count])) as Record<MnistSplit, number>;

/** Reads and decodes one field of one split through the host's provider, reporting progress. */
export async function loadMnist(split: MnistSplit, field: MnistField, provider: DatasetProvider, onProgress?: (p: DataProgress) => void): Promise<DataArray> {
  const what = `mnist ${split} ${field}`;
  const { file, from, count } = MNIST_SPLITS[split];
  const path = `mnist/${MNIST_FILES[file][field]}`;
  const bytes = await provider.readBytes(path, (done, total) => onProgress?.({ what, phase: 'reading', done, total }));
  if (field === 'labels') {
    const labels = oneHot(examplesOf(readIdxLabels(bytes, path), from, count));
    onProgress?.({ what, phase: 'decoding', done: labels.shape[0], total: labels.shape[0] });
    return labels;
  }
  return scaledImages(examplesOf(readIdxImages(bytes, path), from, count), (done, total) => onProgress?.({ what, phase: 'decoding', done, total }));
}

/** Examples `from` to `from + count` of a decoded file (fewer when the file is shorter), without copying. */
function examplesOf<T extends IdxImages | IdxLabels>(data: T, from: number, count: number): T {
  const start = Math.min(from, data.count);
  const kept = Math.min(count, data.count - start);
  if (start === 0 && kept === data.count) return data;
  if ('pixels' in data) {
    const size = data.rows * data.cols;
    return { ...data, count: kept, pixels: data.pixels.subarray(start * size, (start + kept) * size) };
  }
  return { ...data, count: kept, labels: data.labels.subarray(start, start + kept) };
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
  if (!isMnistSplit(split)) throw new DataError(`Placeholder "${placeholder}" is bound to MNIST split "${split}"; use ${MNIST_SPLIT_NAMES.join(', ')}`);
  if (!(MNIST_FIELDS as readonly string[]).includes(field))
    throw new DataError(`Placeholder "${placeholder}" is bound to MNIST field "${field}"; use images (784 pixels per example, 0 to 1) or labels (one-hot, 10 per example)`);
  return [split, field as MnistField];
}

export function isMnistSplit(split: unknown): split is MnistSplit {
  return (MNIST_SPLIT_NAMES as readonly unknown[]).includes(split);
}
